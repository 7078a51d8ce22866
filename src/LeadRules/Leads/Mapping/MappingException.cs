using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadRules.Leads.Mapping;

/// <summary>A mapping was refused, or does not fit the CSV it was given. <see cref="Problems"/> lists every problem found.</summary>
[Serializable]
public sealed class MappingException : Exception
{
    internal MappingException(string source, IReadOnlyList<MappingProblem> problems)
        : base(Describe(source, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<MappingProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<MappingProblem> problems) =>
        $"Mapping '{source}' was refused with {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; fix each and try again:"
        + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
