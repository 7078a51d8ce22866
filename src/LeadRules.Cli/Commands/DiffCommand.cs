using System.CommandLine;
using LeadRules.Analytics.Diff;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads.Mapping;
using LeadRules.Rules;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules diff --rules A --against B --in FILE [--mapping M] [--label COLUMN [--positive VALUE...]] [--as-of T]
/// [--format text|json] [--report FILE.html]</c>: scores the same leads with two rule sets and shows what changes.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        inputs.Rules.Description = "The new rule file to try (required: diff assumes no default).";
        var against = new Option<string>("--against") { Description = "The rule file to compare with, usually the one in use (--rules is the new one)." };
        var outcomes = new OutcomeOptions("An outcome, to backtest both rule sets: a column of the CSV export (overrides the mapping's Label), or an attribute of NDJSON leads.");
        var format = new Option<string>("--format", "-f") { Description = "text (default): tables to read; json: the whole result, for tools." };
        format.AcceptOnlyFromAmong("text", "json");
        var report = new Option<string>("--report") { Description = "Also write a self-contained HTML report to this file." };
        var command = new Command("diff", "Score the same leads with a new rule set (--rules) and the one in use (--against) and show what changes: temperature moves, hand-offs between marketing and sales, strategies gained and lost, the rules that fire differently, moved leads, and with outcomes both backtests.");
        inputs.AddTo(command);
        command.Options.Add(against);
        outcomes.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(report);
        command.SetAction(parsed => Run(parsed, inputs, parsed.GetValue(against), outcomes, parsed.GetValue(format) == "json", parsed.GetValue(report)));
        return command;
    }

    private static int Run(ParseResult parsed, InputOptions inputs, string? againstPath, OutcomeOptions outcomes, bool json, string? reportPath)
    {
        var rulesPath = parsed.GetValue(inputs.Rules);
        if (rulesPath is null || againstPath is null)
        {
            Console.Error.WriteLine(rulesPath is null
                ? "error: diff needs --rules FILE, the new rule set to try (the embedded default is not assumed); give --rules."
                : "error: diff needs --against FILE, the rule set to compare with (usually the one in use); give --against.");
            return ExitCodes.Unusable;
        }

        if (!outcomes.Check(parsed, Console.Error))
        {
            return ExitCodes.Unusable;
        }

        if (inputs.ReadAsOf(parsed, Console.Error) is not { } asOf
            || RuleSource.Load(rulesPath, Console.Error) is not { } rules
            || RuleSource.Load(againstPath, Console.Error) is not { } againstRules)
        {
            return ExitCodes.Unusable;
        }

        var mapping = parsed.GetValue(inputs.Mapping);
        if (mapping is not null && !MappingKnownTo(mapping, againstRules, againstPath))
        {
            return ExitCodes.Unusable;
        }

        if (reportPath is not null && !OutputChecks.NotTheInput(parsed.GetValue(inputs.In)!, reportPath, "--report", Console.Error))
        {
            return ExitCodes.Unusable;
        }

        using var source = LeadSources.Open(parsed.GetValue(inputs.In)!, mapping, rules, asOf, outcomes.CsvOptions(parsed), Console.Error);
        using var report = reportPath is null ? null : OutputFile.TryCreate(reportPath, "--report", Console.Error);
        if (source is null || (reportPath is not null && report is null))
        {
            return ExitCodes.Unusable;
        }

        var outcome = outcomes.Outcome(parsed, mapped: mapping is not null);
        var options = new LeadScorerOptions { UnknownTypes = inputs.UnknownTypePolicy(parsed) };
        var pipeline = new DiffPipeline(new LeadScorer(rules, options), new LeadScorer(againstRules, options), asOf, outcome);
        var result = pipeline.Run(source, Console.IsErrorRedirected ? null : new ProgressLine(Console.Error));
        WriteReport(result, report);

        using (var stdout = StandardOutput.Open())
        {
            if (json)
            {
                DiffJson.Write(result, stdout);
            }
            else
            {
                DiffText.Write(result, stdout);
            }
        }

        Console.Error.WriteLine($"read {pipeline.Lines} lines: {result.Leads} scored by both rule sets ({pipeline.Labelled} with an outcome), {result.Failed} with errors");
        foreach (var error in pipeline.FirstErrors)
        {
            Console.Error.WriteLine("  " + error);
        }

        source.PrintSummary(Console.Error);
        return result.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }

    /// <summary>Whether the mapping names only contact-point types <paramref name="against"/> knows (the new rule set is checked when the input opens).</summary>
    private static bool MappingKnownTo(string mappingPath, RuleSet against, string againstPath)
    {
        LeadMapping mapping;
        try
        {
            mapping = LeadMapping.Load(mappingPath);
        }
        catch (MappingException)
        {
            // Opening the input reports every problem of the mapping file.
            return true;
        }

        var unknown = mapping.Check(against.Vocabulary);
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"error: the mapping names contact-point types the --against rule set '{againstPath}' does not know:");
            foreach (var problem in unknown)
            {
                Console.Error.WriteLine(problem);
            }
        }

        return unknown.Count == 0;
    }

    /// <summary>Writes the HTML report whole into <paramref name="report"/>, when one was asked for.</summary>
    private static void WriteReport(DiffResult result, OutputFile? report)
    {
        if (report is not null)
        {
            DiffReport.WriteHtml(result, report.Writer);
            report.Commit();
        }
    }
}
