using System.CommandLine;
using System.Text;
using LeadRules.Cli.Output;
using LeadRules.Leads;

namespace LeadRules.Cli.Commands;

/// <summary><c>leadrules score --in FILE|- [--rules FILE] [--as-of ISO-8601] [--out FILE]</c>: NDJSON leads in, one CSV row per line out.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "NDJSON leads, one per line; '-' reads standard input.", Required = true };
        var rules = new Option<string>("--rules") { Description = "The rule file; the embedded default rule set when omitted." };
        var asOf = new Option<string>("--as-of") { Description = "Assess as of this ISO-8601 time (UTC when no offset); now when omitted." };
        var output = new Option<string>("--out") { Description = "The CSV file to write; standard output when omitted." };
        var engine = new Option<string>("--engine") { Description = "compiled (default) or reference (Microsoft RulesEngine itself)." };
        engine.AcceptOnlyFromAmong("compiled", "reference");
        var unknown = new Option<string>("--unknown-types") { Description = "error (default): a lead with an unknown contact-point type gets an error; ignore: skip it with a warning." };
        unknown.AcceptOnlyFromAmong("error", "ignore");
        var command = new Command("score", "Score NDJSON leads and write CSV: id,temperature,score,owner,strategies,reasons,error.")
        {
            input, rules, asOf, output, engine, unknown,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(input)!,
            parsed.GetValue(rules),
            parsed.GetValue(asOf),
            parsed.GetValue(output),
            new LeadScorerOptions
            {
                Engine = parsed.GetValue(engine) == "reference" ? EvaluationEngine.Reference : EvaluationEngine.Compiled,
                UnknownTypes = parsed.GetValue(unknown) == "ignore" ? UnknownTypePolicy.Ignore : UnknownTypePolicy.Error,
            }));
        return command;
    }

    private static int Run(string input, string? rulesPath, string? asOfText, string? outputPath, LeadScorerOptions options)
    {
        var asOf = DateTimeOffset.UtcNow;
        if (asOfText is not null && !IsoTime.TryParse(asOfText, out asOf))
        {
            Console.Error.WriteLine($"error: --as-of '{asOfText}' is not an ISO-8601 time such as 2026-11-01T00:00:00Z.");
            return ExitCodes.Unusable;
        }

        if (outputPath is not null && input != "-" && SameFile(input, outputPath))
        {
            Console.Error.WriteLine($"error: --out '{outputPath}' is the --in file; writing it would destroy the input. Choose another --out.");
            return ExitCodes.Unusable;
        }

        var rules = RuleSource.Load(rulesPath, Console.Error);
        if (rules is null)
        {
            return ExitCodes.Unusable;
        }

        TextReader reader;
        try
        {
            reader = input == "-" ? Console.In : new StreamReader(input, new UTF8Encoding(false, false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: --in '{input}' cannot be read: {e.Message}");
            return ExitCodes.Unusable;
        }

        StreamWriter output;
        try
        {
            output = outputPath is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                : new StreamWriter(outputPath, false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reader.Dispose();
            Console.Error.WriteLine($"error: --out '{outputPath}' cannot be written: {e.Message}");
            return ExitCodes.Unusable;
        }

        var scorer = new LeadScorer(rules, options);
        FunnelSummary summary;
        using (reader)
        using (var writer = output)
        {
            var progress = Console.IsErrorRedirected ? null : new ProgressLine(Console.Error);
            summary = new ScorePipeline(scorer, asOf).Run(reader, writer, progress);
        }

        summary.Print(Console.Error, rules.Stamp.ToString(), asOf);
        return summary.Errors == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }

    private static bool SameFile(string a, string b)
    {
        try
        {
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
