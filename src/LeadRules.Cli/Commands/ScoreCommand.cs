using System.CommandLine;
using System.Text;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules score --in FILE|- [--mapping M] [--keep COLUMN...] [--rules FILE] [--as-of ISO-8601] [--out FILE] [--format csv|ndjson]</c>:
/// leads in (NDJSON, or a CSV export through a mapping), one CSV row (or NDJSON object) per input line or row out.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "The CSV file to write; standard output when omitted." };
        var keep = new Option<string[]>("--keep") { Description = "Columns of the CSV export (--mapping) to carry into the output, after the usual columns.", AllowMultipleArgumentsPerToken = true };
        var raw = new Option<bool>("--no-formula-guard") { Description = "Write text cells as they are, even those a spreadsheet would run as a formula (by default a text cell starting with = + - @, a tab or a carriage return gets a leading ')." };
        var format = new Option<string>("--format", "-f") { Description = "csv (default): one row per lead; ndjson: one JSON object per lead with everything an assessment holds (reasons, recommendations, warnings)." };
        format.AcceptOnlyFromAmong("csv", "ndjson");
        var engine = new Option<string>("--engine") { Description = "compiled (default) or reference (Microsoft RulesEngine itself)." };
        engine.AcceptOnlyFromAmong("compiled", "reference");
        var command = new Command("score", "Score leads and write CSV: id,temperature,score,owner,strategies,reasons,error (then any --keep columns).");
        inputs.AddTo(command);
        command.Options.Add(keep);
        command.Options.Add(output);
        command.Options.Add(engine);
        command.Options.Add(raw);
        command.Options.Add(format);
        command.SetAction(parsed => Run(
            parsed,
            inputs,
            parsed.GetValue(keep) ?? Array.Empty<string>(),
            parsed.GetValue(output),
            parsed.GetValue(engine) == "reference" ? EvaluationEngine.Reference : EvaluationEngine.Compiled,
            !parsed.GetValue(raw),
            parsed.GetValue(format) == "ndjson"));
        return command;
    }

    private static int Run(ParseResult parsed, InputOptions inputs, string[] keep, string? outputPath, EvaluationEngine engine, bool formulaGuard, bool ndjson)
    {
        var input = parsed.GetValue(inputs.In)!;
        if (inputs.ReadAsOf(parsed, Console.Error) is not { } asOf)
        {
            return ExitCodes.Unusable;
        }

        if (keep.Length > 0 && parsed.GetValue(inputs.Mapping) is null)
        {
            Console.Error.WriteLine("error: --keep carries columns of a CSV export into the output; it needs --mapping (NDJSON leads have no columns).");
            return ExitCodes.Unusable;
        }

        if (keep.Length > 0 && ndjson)
        {
            Console.Error.WriteLine("error: --keep adds columns to the CSV output; with --format ndjson, join on \"id\" instead.");
            return ExitCodes.Unusable;
        }

        if (outputPath is null ? !OutputChecks.StandardOutputNotTheInput(input, Console.Error) : !OutputChecks.NotTheInput(input, outputPath, "--out", Console.Error))
        {
            return ExitCodes.Unusable;
        }

        var rules = RuleSource.Load(parsed.GetValue(inputs.Rules), Console.Error);
        if (rules is null)
        {
            return ExitCodes.Unusable;
        }

        using var source = LeadSources.Open(input, parsed.GetValue(inputs.Mapping), rules, asOf, new CsvLeadReaderOptions { Keep = keep }, Console.Error);
        if (source is null)
        {
            return ExitCodes.Unusable;
        }

        using var file = outputPath is null ? null : OutputFile.TryCreate(outputPath, "--out", Console.Error);
        if (outputPath is not null && file is null)
        {
            return ExitCodes.Unusable;
        }

        var scorer = new LeadScorer(rules, new LeadScorerOptions { Engine = engine, UnknownTypes = inputs.UnknownTypePolicy(parsed) });
        var progress = Console.IsErrorRedirected ? null : new ProgressLine(Console.Error);
        FunnelSummary summary;
        if (file is null)
        {
            using var stdout = StandardOutput.OpenStream();
            summary = new ScorePipeline(scorer, asOf).Run(source, stdout, progress, keep, formulaGuard, ndjson);
        }
        else
        {
            summary = new ScorePipeline(scorer, asOf).Run(source, file.Stream, progress, keep, formulaGuard, ndjson);
            file.Commit();
        }

        summary.Print(Console.Error, rules.Stamp.ToString(), inputs.AsOfText(parsed, asOf));
        source.PrintSummary(Console.Error);
        return summary.Errors == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }
}
