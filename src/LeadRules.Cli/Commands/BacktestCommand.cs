using System.CommandLine;
using System.Globalization;
using System.Text;
using LeadRules.Analytics.Backtest;
using LeadRules.Analytics.Report;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules backtest --in FILE [--mapping M] [--rules R] [--label COLUMN --positive VALUE...] [--as-of T]
/// [--format text|json] [--report FILE.html]</c>: scores leads with known outcomes and reports how the rule set separates them.
/// </summary>
internal static class BacktestCommand
{
    private static readonly string[] DefaultPositive = { "yes", "true", "1" };

    public static Command Create()
    {
        var inputs = new InputOptions();
        var label = new Option<string>("--label") { Description = "The outcome: a column of the CSV export (overrides the mapping's Label), or an attribute of NDJSON leads." };
        var positive = new Option<string[]>("--positive") { Description = "The --label values that mean converted (default: yes, true, 1).", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "text (default): tables to read; json: the whole result, for tools." };
        format.AcceptOnlyFromAmong("text", "json");
        var report = new Option<string>("--report") { Description = "Also write a self-contained HTML report to this file." };
        var command = new Command("backtest", "Score leads with known outcomes and show whether the rule set separates those who convert: conversion per temperature and owner, AUC, deciles, every rule's lift, the balance between marketing and sales.");
        inputs.AddTo(command);
        command.Options.Add(label);
        command.Options.Add(positive);
        command.Options.Add(format);
        command.Options.Add(report);
        command.SetAction(parsed => Run(parsed, inputs, parsed.GetValue(label), parsed.GetValue(positive), parsed.GetValue(format) == "json", parsed.GetValue(report)));
        return command;
    }

    private static int Run(ParseResult parsed, InputOptions inputs, string? label, string[]? positive, bool json, string? reportPath)
    {
        var mapping = parsed.GetValue(inputs.Mapping);
        if (positive is { Length: > 0 } && label is null)
        {
            Console.Error.WriteLine("error: --positive names the values of the --label column that mean converted; give --label too.");
            return ExitCodes.Unusable;
        }

        if (mapping is null && label is null)
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

        var positives = positive is { Length: > 0 } ? positive : DefaultPositive;
        var csv = new CsvLeadReaderOptions { LabelColumn = label, PositiveLabels = label is null ? null : positives };
        using var source = LeadSources.Open(parsed.GetValue(inputs.In)!, mapping, rules, asOf, csv, Console.Error, needsLabel: true);
        if (source is null)
        {
            return ExitCodes.Unusable;
        }

        Func<LeadLine, bool?> outcome = mapping is not null ? line => line.Converted : line => AttributeLabel(line.Lead!, label!, positives);
        var scorer = new LeadScorer(rules, new LeadScorerOptions { UnknownTypes = inputs.UnknownTypePolicy(parsed) });
        var pipeline = new BacktestPipeline(scorer, asOf, outcome);
        var result = pipeline.Run(source, Console.IsErrorRedirected ? null : new ProgressLine(Console.Error));

        if (reportPath is not null && !WriteReport(result, reportPath))
        {
            return ExitCodes.Unusable;
        }

        using (var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)))
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

    /// <summary>Whether an NDJSON lead converted, read from its <paramref name="attribute"/>; <see langword="null"/> when it lacks the attribute.</summary>
    internal static bool? AttributeLabel(Lead lead, string attribute, string[] positives)
    {
        if (!lead.Attributes.TryGetValue(attribute, out var value))
        {
            return null;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        return Array.IndexOf(positives, text) >= 0;
    }

    private static bool WriteReport(BacktestResult result, string path)
    {
        try
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            BacktestReport.WriteHtml(result, writer);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: --report '{path}' cannot be written: {e.Message}");
            return false;
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
