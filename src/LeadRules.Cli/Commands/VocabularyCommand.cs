using System.CommandLine;
using System.Globalization;
using LeadRules.Cli.Output;
using LeadRules.Rules;

namespace LeadRules.Cli.Commands;

/// <summary><c>leadrules vocabulary [--rules FILE]</c>: the contact-point types by channel group, and the strategies.</summary>
internal static class VocabularyCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules", "-r") { Description = "The rule file whose vocabulary to list; the embedded default when omitted." };
        var command = new Command("vocabulary", "List the contact-point types a rule set knows, by channel group, and its strategies with stage, owner, channel and consent.") { rules };
        command.SetAction(parsed =>
        {
            var loaded = RuleSource.Load(parsed.GetValue(rules), Console.Error);
            if (loaded is null)
            {
                return ExitCodes.Unusable;
            }

            Write(loaded, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes the vocabulary of <paramref name="ruleSet"/> as two plain-text tables.</summary>
    public static void Write(RuleSet ruleSet, TextWriter output)
    {
        var vocabulary = ruleSet.Vocabulary;
        output.WriteLine($"rule set {ruleSet.Stamp.Name} {ruleSet.Stamp.Version} ({ruleSet.Source})");
        output.WriteLine();
        output.WriteLine($"contact-point types ({vocabulary.ContactPointTypes.Count}), by channel group:");
        var width = vocabulary.Groups.Max(g => g.Length);
        foreach (var group in vocabulary.Groups)
        {
            var types = vocabulary.ContactPointTypes.Where(t => vocabulary.GroupOf(t) == group);
            var note = group == Vocabulary.NegativeGroup ? "   (subtract; not a channel)" : string.Empty;
            output.WriteLine($"  {group.PadRight(width)}  {string.Join(", ", types)}{note}");
        }

        output.WriteLine();
        output.WriteLine($"strategies ({vocabulary.Strategies.Count}):");
        var rows = new List<string[]> { new[] { "strategy", "stages", "owner", "channel", "consent", "priority", "cool-down days" } };
        var byName = ruleSet.Rules.Where(r => r.Workflow == WorkflowNames.Strategies).ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var id in vocabulary.Strategies)
        {
            rows.Add(byName.TryGetValue(id, out var rule)
                ? new[]
                {
                    id, string.Join("+", rule.Stages.Select(s => s.ToName())), rule.Owner?.ToName() ?? "", rule.Channel ?? "", rule.Consent ?? "",
                    rule.Priority?.ToString(CultureInfo.InvariantCulture) ?? "", rule.CoolDownDays?.ToString(CultureInfo.InvariantCulture) ?? "",
                }
                : new[] { id, "(no rule in this rule set: never recommended)", "", "", "", "", "" });
        }

        Table.Write(rows, output, indent: "  ");
    }
}
