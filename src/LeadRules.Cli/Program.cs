using System.CommandLine;
using System.CommandLine.Help;
using LeadRules.Cli;
using LeadRules.Cli.Commands;
using LeadRules.Cli.Output;

// Most commands load a rule set; the parser's one-time set-up runs meanwhile on another core.
LeadRules.Rules.RuleSet.PrepareParser();

// A RootCommand takes its name from the executable (LeadRules.Cli under dotnet run or dotnet LeadRules.Cli.dll), so usage
// lines would not show the command users type: the root is a command named leadrules with the root's help and version options.
var root = new Command("leadrules", "leadrules: score leads with LeadRules rule sets, backtest, calibrate and compare them on real outcomes, and check rule files; list the vocabulary; start a rule file.")
{
    new HelpOption(),
    new VersionOption(),
};
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

Interruption.Install();
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OutputException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.ReadOrWriteFailed;
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: reading the input failed part-way: {e.Message} Any output file was left as it was; check the input and run the command again.");
    return ExitCodes.ReadOrWriteFailed;
}
