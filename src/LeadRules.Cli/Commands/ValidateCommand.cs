using System.CommandLine;

namespace LeadRules.Cli.Commands;

/// <summary><c>leadrules validate [FILE | --rules FILE]</c>: checks a rule file and prints every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The rule file to check (or give it with --rules); the embedded default when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var rules = new Option<string>("--rules", "-r") { Description = "The rule file to check; the embedded default when omitted." };
        var command = new Command("validate", "Check a rule file: print every problem (exit 2) or a summary (exit 0).") { file, rules };
        command.SetAction(parsed =>
        {
            var (positional, named) = (parsed.GetValue(file), parsed.GetValue(rules));
            if (positional is not null && named is not null && positional != named)
            {
                Console.Error.WriteLine($"error: validate was given two rule files, {positional} and --rules {named}; give one.");
                return ExitCodes.Unusable;
            }

            var loaded = RuleSource.Load(positional ?? named, Console.Error);
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
