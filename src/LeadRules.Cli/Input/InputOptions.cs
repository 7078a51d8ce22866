using System.CommandLine;
using System.Text;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Cli.Input;

/// <summary>The options <c>score</c> and <c>backtest</c> share: where the leads come from, the rules and the as-of time.</summary>
internal sealed class InputOptions
{
    public Option<string> In { get; } = new("--in", "-i") { Description = "The leads: NDJSON, one per line, or a CSV export with --mapping; '-' reads standard input.", Required = true };

    public Option<string> Mapping { get; } = new("--mapping", "-m") { Description = "A mapping file that turns the rows of a CSV export (--in) into leads." };

    public Option<string> Rules { get; } = new("--rules", "-r") { Description = "The rule file; the embedded default rule set when omitted." };

    public Option<string> AsOf { get; } = new("--as-of") { Description = "Assess as of this ISO-8601 time (UTC when no offset; 2026-11-01, 2026-11-01T09:30:00Z, 20261101T093000Z, 2026-11-01 09:30:00); now when omitted." };

    public Option<string> UnknownTypes { get; } = new("--unknown-types") { Description = "error (default): a lead with an unknown contact-point type gets an error; ignore: skip it with a warning." };

    public InputOptions() => UnknownTypes.AcceptOnlyFromAmong("error", "ignore");

    /// <summary>Adds the options to <paramref name="command"/>; <c>--unknown-types</c> only where the command honours it.</summary>
    public void AddTo(Command command, bool unknownTypes = true)
    {
        command.Options.Add(In);
        command.Options.Add(Mapping);
        command.Options.Add(Rules);
        command.Options.Add(AsOf);
        if (unknownTypes)
        {
            command.Options.Add(UnknownTypes);
        }
    }

    public UnknownTypePolicy UnknownTypePolicy(ParseResult parsed) =>
        parsed.GetValue(UnknownTypes) == "ignore" ? LeadRules.UnknownTypePolicy.Ignore : LeadRules.UnknownTypePolicy.Error;

    /// <summary>The as-of time, or <see langword="null"/> after printing why <c>--as-of</c> is unusable.</summary>
    public DateTimeOffset? ReadAsOf(ParseResult parsed, TextWriter errors)
    {
        var text = parsed.GetValue(AsOf);
        if (text is null)
        {
            return DateTimeOffset.UtcNow;
        }

        if (IsoTime.TryParse(text, out var asOf))
        {
            return asOf;
        }

        errors.WriteLine($"error: --as-of '{text}' is not an ISO-8601 time such as 2026-11-01T00:00:00Z.");
        return null;
    }

    /// <summary>The as-of time as the user gave it in <c>--as-of</c>, or in ISO-8601 when it was omitted.</summary>
    public string AsOfText(ParseResult parsed, DateTimeOffset asOf) =>
        parsed.GetValue(AsOf) ?? asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens <c>--in</c> as text, or returns <see langword="null"/> after printing why it cannot be read.</summary>
    public static TextReader? OpenInput(string input, TextWriter errors) =>
        OpenInputStream(input, errors) is { } stream ? new StreamReader(stream, new UTF8Encoding(false, false)) : null;

    /// <summary>Opens <c>--in</c> as bytes, or returns <see langword="null"/> after printing why it cannot be read.</summary>
    public static Stream? OpenInputStream(string input, TextWriter errors)
    {
        if (input != "-" && Directory.Exists(input))
        {
            errors.WriteLine($"error: --in '{input}' is a directory; give the path of a file of leads, or - for standard input.");
            return null;
        }

        try
        {
            return input == "-" ? Console.OpenStandardInput() : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"error: --in '{input}' cannot be read: {e.Message}");
            return null;
        }
    }
}
