using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>The trouble counted in one column; the distinct unmapped values it remembers are bounded, so memory stays flat.</summary>
internal sealed class ColumnStats
{
    private const int MaxDistinct = 1_000;
    private readonly Dictionary<string, long> _values = new(System.StringComparer.Ordinal);

    public long Unmapped { get; private set; }

    public long Errors { get; set; }

    public long Fractions { get; set; }

    public void AddUnmapped(string value)
    {
        Unmapped++;
        if (_values.TryGetValue(value, out var count))
        {
            _values[value] = count + 1;
        }
        else if (_values.Count < MaxDistinct)
        {
            _values[value] = 1;
        }
    }

    public CsvColumnSummary Summarize(string column) => new(
        column,
        Unmapped,
        _values.OrderByDescending(v => v.Value).ThenBy(v => v.Key, System.StringComparer.Ordinal).Take(CsvReadSummary.TopValues).Select(v => new CsvValueCount(v.Key, v.Value)).ToArray(),
        Errors,
        Fractions);
}
