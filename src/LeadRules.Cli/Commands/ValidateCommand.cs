using System.CommandLine;

namespace LeadRules.Cli.Commands;

/// <summary><c>leadrules validate [--rules FILE]</c>: checks a rule file and prints every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules") { Description = "The rule file to check; the embedded default when omitted." };
        var command = new Command("validate", "Check a rule file: print every problem (exit 2) or a summary (exit 0).") { rules };
        command.SetAction(parsed =>
        {
            var loaded = RuleSource.Load(parsed.GetValue(rules), Console.Error);
            if (loaded is null)
            {
                return ExitCodes.Unusable;
            }

            Console.Out.WriteLine(
                $"ok: {loaded.Source}: rule set {loaded.Stamp.Name} {loaded.Stamp.Version} (sha256 {loaded.Stamp.Hash}), "
                + $"{loaded.Vocabulary.ContactPointTypes.Count} contact-point types, {loaded.Vocabulary.Strategies.Count} strategies.");
            return ExitCodes.Success;
        });
        return command;
    }
}
