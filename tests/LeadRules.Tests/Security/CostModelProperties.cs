using System;
using System.Linq;
using FsCheck.Xunit;
using static LeadRules.Tests.Security.CostRuleFiles;

namespace LeadRules.Tests.Security;

/// <summary>
/// Generated chains of parameters, each joining two copies of the one before (through <c>Trim</c>,
/// <c>Substring(0)</c>, <c>ToUpperInvariant</c> or <c>iif</c>), in <c>GlobalParams</c> or <c>LocalParams</c>:
/// every chain whose last string alone is over the memory budget is refused, and every chain whose generous
/// upper bound is under both budgets loads.
/// </summary>
public class CostModelProperties
{
    private static readonly Func<string, string>[] Copies =
    {
        s => $"{s}.Trim()",
        s => $"{s}.Substring(0)",
        s => $"{s}.ToUpperInvariant()",
        s => $"iif(true, {s}, \"\")",
    };

    [Property(MaxTest = 60)]
    public bool Load_DoublingChain_RefusedOverTheBudgetAndLoadedUnder(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var steps = random.Next(1, 21);
        var ops = Enumerable.Range(0, steps).Select(_ => Copies[random.Next(Copies.Length)]).ToArray();
        var step = 0;
        var chain = Chain("s", steps, s => { var copy = ops[step++]; return $"{copy(s)} + {copy(s)}"; }).ToList();
        var json = random.Next(2) == 0
            ? Scoring(chain, [Rule("r", $"s{steps}.Length > 0")])
            : Scoring([], [Rule("r", $"s{steps}.Length > 0", chain)]);

        var problems = Load(json).Problems;

        // The last string has 1,000 * 2^steps characters; each step writes at most 4 times its result's characters
        // in units and twice its bytes in copies and the join, so the chain costs under 4 and 8 times the last string.
        var last = 1_000 * Math.Pow(2, steps);
        var lastBytes = 2 * last;
        var refused = problems.Count > 0 && problems.All(p => p.Contains("may cost up to", StringComparison.Ordinal) || p.Contains("brings the rule set's cost", StringComparison.Ordinal));
        return lastBytes > Limits.MemoryPerLead ? refused
            : (8 * lastBytes) + (100 * steps) + 1_000 < Limits.MemoryPerLead && (4 * last) + (100 * steps) + 1_000 < Limits.WorkPerLead ? problems.Count == 0
            : problems.Count == 0 || refused;
    }
}
