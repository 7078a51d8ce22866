using System.CommandLine;
using System.Globalization;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Input;

/// <summary>
/// <c>--label COLUMN --positive VALUE...</c>, shared by <c>backtest</c>, <c>calibrate</c> and <c>diff</c>: where a lead's
/// outcome comes from (a CSV column, overriding the mapping's Label, or an attribute of NDJSON leads) and which values mean converted.
/// </summary>
internal sealed class OutcomeOptions
{
    private static readonly string[] DefaultPositive = { "yes", "true", "1" };

    public OutcomeOptions(string labelDescription)
    {
        Label = new Option<string>("--label") { Description = labelDescription };
        Positive = new Option<string[]>("--positive") { Description = "The --label values that mean converted (default: yes, true, 1).", AllowMultipleArgumentsPerToken = true };
    }

    public Option<string> Label { get; }

    public Option<string[]> Positive { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Label);
        command.Options.Add(Positive);
    }

    /// <summary>Whether the options can be used together; prints why not.</summary>
    public bool Check(ParseResult parsed, TextWriter errors)
    {
        if (parsed.GetValue(Positive) is { Length: > 0 } && parsed.GetValue(Label) is null)
        {
            errors.WriteLine("error: --positive names the values of the --label column that mean converted; give --label too.");
            return false;
        }

        return true;
    }

    /// <summary>The CSV reader's label options: <c>--label</c> and its positive values overriding the mapping's, when given.</summary>
    public CsvLeadReaderOptions CsvOptions(ParseResult parsed)
    {
        var label = parsed.GetValue(Label);
        return new CsvLeadReaderOptions { LabelColumn = label, PositiveLabels = label is null ? null : Positives(parsed) };
    }

    /// <summary>A line's outcome: from the CSV row when the input is mapped, else from the <c>--label</c> attribute of the lead (null without one).</summary>
    public Func<LeadLine, bool?> Outcome(ParseResult parsed, bool mapped)
    {
        var label = parsed.GetValue(Label);
        if (mapped)
        {
            return line => line.Converted;
        }

        if (label is null)
        {
            return _ => null;
        }

        var positives = Positives(parsed);
        return line => AttributeLabel(line.Lead!, label, positives);
    }

    private string[] Positives(ParseResult parsed) => parsed.GetValue(Positive) is { Length: > 0 } given ? given : DefaultPositive;

    /// <summary>Whether an NDJSON lead converted, read from its <paramref name="attribute"/>; <see langword="null"/> when it lacks the attribute.</summary>
    private static bool? AttributeLabel(Lead lead, string attribute, string[] positives)
    {
        if (!lead.Attributes.TryGetValue(attribute, out var value))
        {
            return null;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        return Array.IndexOf(positives, text) >= 0;
    }
}
