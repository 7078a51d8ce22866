using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Rules;

/// <summary>A rule set was refused. <see cref="Problems"/> lists every problem found, each located.</summary>
[Serializable]
public sealed class RuleSetException : Exception
{
    internal RuleSetException(string source, IReadOnlyList<RuleProblem> problems)
        : base(Describe(source, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<RuleProblem> problems) =>
        $"Rule set '{source}' was refused with {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; fix each and load it again:"
        + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
