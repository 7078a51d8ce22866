using System.CommandLine;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules backtest --in FILE [--mapping M] [--rules R] [--label COLUMN --positive VALUE...] [--as-of T]
/// [--format text|json] [--report FILE.html]</c>: scores leads with known outcomes and reports how the rule set separates them.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var outcomes = new OutcomeOptions("The outcome: a column of the CSV export (overrides the mapping's Label), or an attribute of NDJSON leads.");
        var format = new Option<string>("--format", "-f") { Description = "text (default): tables to read; json: the whole result, for tools." };
        format.AcceptOnlyFromAmong("text", "json");
        var report = new Option<string>("--report") { Description = "Also write a self-contained HTML report to this file." };
        var command = new Command("backtest", "Score leads with known outcomes and show whether the rule set separates those who convert: conversion per temperature and owner, AUC, deciles, every rule's lift, the balance between marketing and sales.");
        inputs.AddTo(command);
        outcomes.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(report);
        command.SetAction(parsed => Run(parsed, inputs, outcomes, parsed.GetValue(format) == "json", parsed.GetValue(report)));
        return command;
    }

    private static int Run(ParseResult parsed, InputOptions inputs, OutcomeOptions outcomes, bool json, string? reportPath)
    {
        var mapping = parsed.GetValue(inputs.Mapping);
        if (!outcomes.Check(parsed, Console.Error))
        {
            return ExitCodes.Unusable;
        }

        if (mapping is null && parsed.GetValue(outcomes.Label) is null)
        {
            Console.Error.WriteLine("error: a backtest needs outcomes: give --label ATTRIBUTE (and --positive VALUE...) for NDJSON leads, or --mapping with a Label (or --label COLUMN) for a CSV export.");
            return ExitCodes.Unusable;
        }

        if (inputs.ReadAsOf(parsed, Console.Error) is not { } asOf)
        {
            return ExitCodes.Unusable;
        }

        var rules = RuleSource.Load(parsed.GetValue(inputs.Rules), Console.Error);
        if (rules is null)
        {
            return ExitCodes.Unusable;
        }

        if (reportPath is not null && !OutputChecks.NotTheInput(parsed.GetValue(inputs.In)!, reportPath, "--report", Console.Error))
        {
            return ExitCodes.Unusable;
        }

        using var source = LeadSources.Open(parsed.GetValue(inputs.In)!, mapping, rules, asOf, outcomes.CsvOptions(parsed), Console.Error, needsLabel: true);
        using var report = reportPath is null ? null : OutputFile.TryCreate(reportPath, "--report", Console.Error);
        if (source is null || (reportPath is not null && report is null))
        {
            return ExitCodes.Unusable;
        }

        var scorer = new LeadScorer(rules, new LeadScorerOptions { UnknownTypes = inputs.UnknownTypePolicy(parsed) });
        var pipeline = new BacktestPipeline(scorer, asOf, outcomes.Outcome(parsed, mapped: mapping is not null));
        var result = pipeline.Run(source, Console.IsErrorRedirected ? null : new ProgressLine(Console.Error));

        WriteReport(result, report);

        using (var stdout = StandardOutput.Open())
        {
            if (json)
            {
                BacktestJson.Write(result, stdout);
            }
            else
            {
                BacktestText.Write(result, stdout);
            }
        }

        PrintInputSummary(pipeline, source, result);
        return result.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }

    /// <summary>Writes the HTML report whole into <paramref name="report"/>, when one was asked for.</summary>
    private static void WriteReport(BacktestResult result, OutputFile? report)
    {
        if (report is not null)
        {
            BacktestReport.WriteHtml(result, report.Writer);
            report.Commit();
        }
    }

    private static void PrintInputSummary(BacktestPipeline pipeline, LeadSource source, BacktestResult result)
    {
        Console.Error.WriteLine($"read {pipeline.Lines} lines: {result.Leads} scored with an outcome, {result.Failed} with errors, {pipeline.Unlabelled} without an outcome (left out)");
        foreach (var error in pipeline.FirstErrors)
        {
            Console.Error.WriteLine("  " + error);
        }

        Console.Error.WriteLine($"peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        source.PrintSummary(Console.Error);
    }
}
