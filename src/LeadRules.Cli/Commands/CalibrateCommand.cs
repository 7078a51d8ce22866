using System.CommandLine;
using System.Text;
using LeadRules.Analytics.Calibration;
using LeadRules.Cli.Input;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules calibrate --in FILE [--mapping M] [--label COLUMN [--positive VALUE...]] [--rules BASE] [--holdout 0.3]
/// [--seed N] --out NEW.json</c>: fits a rule set's points and temperature thresholds to real outcomes and writes a new rule file.
/// </summary>
internal static class CalibrateCommand
{
    private static readonly string[] DefaultPositive = { "yes", "true", "1" };

    public static Command Create()
    {
        var inputs = new InputOptions();
        inputs.Rules.Description = "The rule set to calibrate (its scoring rules are refitted, its strategies kept); the embedded default when omitted.";
        var label = new Option<string>("--label") { Description = "The outcome: a column of the CSV export (overrides the mapping's Label), or an attribute of NDJSON leads." };
        var positive = new Option<string[]>("--positive") { Description = "The --label values that mean converted (default: yes, true, 1).", AllowMultipleArgumentsPerToken = true };
        var holdout = new Option<double>("--holdout") { Description = "The share of leads kept out of the fit to compare the rule sets on.", DefaultValueFactory = _ => 0.3 };
        var seed = new Option<int>("--seed") { Description = "Seeds the split into training and holdout: the same seed gives the same rule file.", DefaultValueFactory = _ => 42 };
        var targetLift = new Option<double>("--target-lift") { Description = "Qualified is the top segment converting at this multiple of the base rate.", DefaultValueFactory = _ => 2.0 };
        var multiTouch = new Option<bool>("--multi-touch") { Description = "Keep the article's condition for qualified: contact points from at least two channel groups." };
        var output = new Option<string>("--out") { Description = "The calibrated rule file to write.", Required = true };
        var command = new Command("calibrate", "Fit the points of a rule set's scoring rules (and proposed rules for signals no rule covers) and its temperature thresholds to real outcomes, and write a readable rule file; compare both rule sets on a holdout.");
        inputs.AddTo(command, unknownTypes: false);
        foreach (var option in new Option[] { label, positive, holdout, seed, targetLift, multiTouch, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var options = new CalibrationOptions
            {
                Holdout = parsed.GetValue(holdout),
                Seed = parsed.GetValue(seed),
                TargetLift = parsed.GetValue(targetLift),
                MultiTouchQualified = parsed.GetValue(multiTouch),
            };
            return Run(parsed, inputs, parsed.GetValue(label), parsed.GetValue(positive), options, parsed.GetValue(output)!);
        });
        return command;
    }

    private static int Run(ParseResult parsed, InputOptions inputs, string? label, string[]? positive, CalibrationOptions options, string outputPath)
    {
        var mappingPath = parsed.GetValue(inputs.Mapping);
        if (positive is { Length: > 0 } && label is null)
        {
            Console.Error.WriteLine("error: --positive names the values of the --label column that mean converted; give --label too.");
            return ExitCodes.Unusable;
        }

        if (options.Holdout is <= 0 or >= 1 || double.IsNaN(options.Holdout))
        {
            Console.Error.WriteLine($"error: --holdout must be a share between 0 and 1 (not 0 or 1), such as 0.3; got {options.Holdout.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            return ExitCodes.Unusable;
        }

        var input = parsed.GetValue(inputs.In)!;
        if (input != "-" && InputOptions.SameFile(input, outputPath))
        {
            Console.Error.WriteLine($"error: --out '{outputPath}' is the --in file; writing it would destroy the input. Choose another --out.");
            return ExitCodes.Unusable;
        }

        if (mappingPath is null && label is null)
        {
            Console.Error.WriteLine("error: calibrating needs outcomes: give --label ATTRIBUTE (and --positive VALUE...) for NDJSON leads, or --mapping with a Label (or --label COLUMN) for a CSV export.");
            return ExitCodes.Unusable;
        }

        if (inputs.ReadAsOf(parsed, Console.Error) is not { } asOf || RuleSource.Load(parsed.GetValue(inputs.Rules), Console.Error) is not { } rules)
        {
            return ExitCodes.Unusable;
        }

        var positives = positive is { Length: > 0 } ? positive : DefaultPositive;
        var csv = new CsvLeadReaderOptions { LabelColumn = label, PositiveLabels = label is null ? null : positives };
        using var source = LeadSources.Open(input, mappingPath, rules, asOf, csv, Console.Error, needsLabel: true);
        if (source is null)
        {
            return ExitCodes.Unusable;
        }

        if (mappingPath is not null)
        {
            // The mapping already loaded once in LeadSources.Open, so it loads again.
            var mapping = LeadMapping.Load(mappingPath);
            options = new CalibrationOptions
            {
                Holdout = options.Holdout,
                Seed = options.Seed,
                TargetLift = options.TargetLift,
                MultiTouchQualified = options.MultiTouchQualified,
                ProposeAttributes = mapping.TextAttributes,
                ProposeNumbers = mapping.NumberAttributes,
            };
        }

        var counts = new InputCounts();
        Func<LeadLine, bool?> outcome = mappingPath is not null ? line => line.Converted : line => BacktestCommand.AttributeLabel(line.Lead!, label!, positives);
        CalibrationResult result;
        try
        {
            result = Calibrator.Calibrate(rules, Labelled(source, outcome, counts), asOf, options);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Unusable;
        }

        try
        {
            File.WriteAllText(outputPath, result.RuleFileJson, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: --out '{outputPath}' cannot be written: {e.Message}");
            return ExitCodes.Unusable;
        }

        CalibrationText.Write(result, Console.Out);
        var failed = counts.Errors + result.Failed;
        Console.Error.WriteLine($"read {counts.Lines} lines: {counts.Lines - failed - counts.Unlabelled} used, {failed} with errors (unreadable, or not scored: an unknown contact-point type?), {counts.Unlabelled} without an outcome (left out)");
        Console.Error.WriteLine($"wrote {outputPath}: rule set {result.RuleSet.Stamp}");
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }

    private static IEnumerable<(Lead Lead, bool Converted)> Labelled(LeadSource source, Func<LeadLine, bool?> outcome, InputCounts counts)
    {
        for (var chunk = source.ReadChunk(8192); chunk.Count > 0; chunk = source.ReadChunk(8192))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var line = chunk.Parse(i);
                counts.Lines++;
                if (line.Lead is null)
                {
                    counts.Errors++;
                }
                else if (outcome(line) is { } converted)
                {
                    yield return (line.Lead, converted);
                }
                else
                {
                    counts.Unlabelled++;
                }
            }
        }
    }

    private sealed class InputCounts
    {
        public long Lines { get; set; }

        public long Errors { get; set; }

        public long Unlabelled { get; set; }
    }
}
