using LeadRules.Rules;

namespace LeadRules.Cli.Commands;

/// <summary>Loads the rule set named by <c>--rules</c>, or the embedded default, printing every problem to stderr.</summary>
internal static class RuleSource
{
    public static RuleSet? Load(string? path, TextWriter errors)
    {
        try
        {
            return path is null ? RuleSet.Default : RuleSet.Load(path);
        }
        catch (RuleSetException e)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }
}
