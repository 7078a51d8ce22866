using System.CommandLine;
using System.Text;
using LeadRules.Analytics.Calibration;
using LeadRules.Cli.Input;
using LeadRules.Cli.Output;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules calibrate --in FILE [--mapping M] [--label COLUMN [--positive VALUE...]] [--rules BASE] [--holdout 0.3]
/// [--seed N] --out NEW.json</c>: fits a rule set's points and temperature thresholds to real outcomes and writes a new rule file.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        inputs.Rules.Description = "The rule set to calibrate (its scoring rules are refitted, its strategies kept); the embedded default when omitted.";
        var outcomes = new OutcomeOptions("The outcome: a column of the CSV export (overrides the mapping's Label), or an attribute of NDJSON leads.");
        var holdout = new Option<double>("--holdout") { Description = "The share of leads kept out of the fit to compare the rule sets on.", DefaultValueFactory = _ => 0.3 };
        var seed = new Option<int>("--seed") { Description = "Seeds the split into training and holdout: the same seed gives the same rule file.", DefaultValueFactory = _ => 42 };
        var targetLift = new Option<double>("--target-lift") { Description = "Qualified is the top segment converting at this multiple of the base rate.", DefaultValueFactory = _ => 2.0 };
        var multiTouch = new Option<bool>("--multi-touch") { Description = "Keep the article's condition for qualified: contact points from at least two channel groups." };
        var output = new Option<string>("--out", "-o") { Description = "The calibrated rule file to write.", Required = true };
        var command = new Command("calibrate", "Fit the points of a rule set's scoring rules (and proposed rules for signals no rule covers) and its temperature thresholds to real outcomes, and write a readable rule file; compare both rule sets on a holdout.");
        inputs.AddTo(command, unknownTypes: false);
        outcomes.AddTo(command);
        foreach (var option in new Option[] { holdout, seed, targetLift, multiTouch, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => Run(parsed, inputs, outcomes, parsed.GetValue(output)!, mapping => new CalibrationOptions
        {
            Holdout = parsed.GetValue(holdout),
            Seed = parsed.GetValue(seed),
            TargetLift = parsed.GetValue(targetLift),
            MultiTouchQualified = parsed.GetValue(multiTouch),
            ProposeAttributes = mapping?.TextAttributes ?? Array.Empty<string>(),
            ProposeNumbers = mapping?.NumberAttributes ?? Array.Empty<string>(),
        }));
        return command;
    }

    /// <param name="optionsFor">The calibration options, given the mapping of a CSV export (its attributes are proposed as rules).</param>
    private static int Run(ParseResult parsed, InputOptions inputs, OutcomeOptions outcomes, string outputPath, Func<LeadMapping?, CalibrationOptions> optionsFor)
    {
        var mappingPath = parsed.GetValue(inputs.Mapping);
        if (!outcomes.Check(parsed, Console.Error))
        {
            return ExitCodes.Unusable;
        }

        var holdout = optionsFor(null).Holdout;
        if (holdout is <= 0 or >= 1 || double.IsNaN(holdout))
        {
            Console.Error.WriteLine($"error: --holdout must be a share between 0 and 1 (not 0 or 1), such as 0.3; got {holdout.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            return ExitCodes.Unusable;
        }

        var input = parsed.GetValue(inputs.In)!;
        if (!OutputChecks.NotTheInput(input, outputPath, "--out", Console.Error))
        {
            return ExitCodes.Unusable;
        }

        if (mappingPath is null && parsed.GetValue(outcomes.Label) is null)
        {
            Console.Error.WriteLine("error: calibrating needs outcomes: give --label ATTRIBUTE (and --positive VALUE...) for NDJSON leads, or --mapping with a Label (or --label COLUMN) for a CSV export.");
            return ExitCodes.Unusable;
        }

        if (inputs.ReadAsOf(parsed, Console.Error) is not { } asOf || RuleSource.Load(parsed.GetValue(inputs.Rules), Console.Error) is not { } rules)
        {
            return ExitCodes.Unusable;
        }

        using var source = LeadSources.Open(input, mappingPath, rules, asOf, outcomes.CsvOptions(parsed), Console.Error, needsLabel: true);
        if (source is null)
        {
            return ExitCodes.Unusable;
        }

        var counts = new InputCounts();
        var outcome = outcomes.Outcome(parsed, mapped: mappingPath is not null);
        CalibrationResult result;
        try
        {
            result = Calibrator.Calibrate(rules, Labelled(source, outcome, counts), asOf, optionsFor(source.Mapping));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Unusable;
        }

        using (var file = OutputFile.TryCreate(outputPath, "--out", Console.Error))
        {
            if (file is null)
            {
                return ExitCodes.Unusable;
            }

            file.Writer.Write(result.RuleFileJson);
            file.Commit();
        }

        using (var stdout = StandardOutput.Open())
        {
            CalibrationText.Write(result, stdout);
        }

        var failed = counts.Errors + result.Failed;
        Console.Error.WriteLine($"read {counts.Lines} lines: {counts.Lines - failed - counts.Unlabelled} used, {failed} with errors (unreadable, or not scored: an unknown contact-point type?), {counts.Unlabelled} without an outcome (left out)");
        Console.Error.WriteLine($"wrote {outputPath}: rule set {result.RuleSet.Stamp}");
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLeadsFailed;
    }

    private static IEnumerable<(Lead Lead, bool Converted)> Labelled(LeadSource source, Func<LeadLine, bool?> outcome, InputCounts counts)
    {
        for (var chunk = source.ReadChunk(); chunk.Count > 0; chunk = source.ReadChunk())
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
