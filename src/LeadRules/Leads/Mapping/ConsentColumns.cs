using System;
using System.Collections.Generic;
using CsvHelper;

namespace LeadRules.Leads.Mapping;

/// <summary>A mapping's consent columns bound to header indexes: a row's cells to its lead's consent.</summary>
internal sealed class ConsentColumns
{
    private readonly ConsentSource[] _consents;
    private readonly int[] _consentIndex;
    private readonly RowIssues _issues;

    public ConsentColumns(List<ConsentSource> consents, Func<string, int> indexOf, RowIssues issues)
    {
        _consents = consents.ToArray();
        _consentIndex = Array.ConvertAll(_consents, c => indexOf(c.Column));
        _issues = issues;
    }

    /// <summary>Reads the row's consent; returns the first error, or <see langword="null"/>.</summary>
    public string? Read(CsvReader csv, out Consent? consent)
    {
        consent = null;
        ConsentState email = ConsentState.Unknown, phone = ConsentState.Unknown, mail = ConsentState.Unknown;
        for (var i = 0; i < _consents.Length; i++)
        {
            var source = _consents[i];
            var column = _consentIndex[i];
            var text = csv.GetString(column);
            if (!source.Values.TryGetValue(text, out var state))
            {
                if (text.Length > 0)
                {
                    var error = _issues.Unmapped(column, text, "is not a Granted, Refused or Unknown value; add it to one of them");
                    if (error is not null)
                    {
                        return error;
                    }
                }

                continue;
            }

            switch (source.Channel)
            {
                case "email": email = state; break;
                case "phone": phone = state; break;
                default: mail = state; break;
            }
        }

        consent = Cells.Consent(email, phone, mail);
        return null;
    }
}
