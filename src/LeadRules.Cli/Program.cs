using System.CommandLine;
using LeadRules.Cli;
using LeadRules.Cli.Commands;

var root = new RootCommand("leadrules: score leads with LeadRules rule sets, backtest, calibrate and compare them on real outcomes, and check rule files; list the vocabulary; start a rule file.");
root.Subcommands.Add(ScoreCommand.Create());
root.Subcommands.Add(BacktestCommand.Create());
root.Subcommands.Add(CalibrateCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(VocabularyCommand.Create());
root.Subcommands.Add(InitCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    var name = parsed.CommandResult.Command == root ? string.Empty : parsed.CommandResult.Command.Name + " ";
    Console.Error.WriteLine($"Run 'leadrules {name}--help' for usage.");
    return ExitCodes.Unusable;
}

return parsed.Invoke();
