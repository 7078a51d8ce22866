using System;
using System.Collections.Generic;
using System.Text;

namespace LeadRules.Analytics.Calibration;

/// <summary>Readable, unique rule names for proposals: lower-case letters, digits and underscores (none at either end).</summary>
internal sealed class ProposalNames
{
    private readonly HashSet<string> _used;

    public ProposalNames(IEnumerable<string> taken) => _used = new HashSet<string>(taken, StringComparer.Ordinal);

    public string Unique(string wanted)
    {
        var name = new StringBuilder(wanted.Length);
        foreach (var c in wanted.ToLowerInvariant())
        {
            name.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }

        var stem = name.ToString().Trim('_');
        stem = stem.Length == 0 ? "rule" : stem;
        var unique = stem;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
