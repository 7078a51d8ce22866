using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Rules.Reading;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Compiling.Cost;

/// <summary>
/// Bounds the work and string memory of every expression of a rule set as it is parsed, and refuses the rule set
/// when one lead could cost more than <see cref="Limits.WorkPerLead"/> or <see cref="Limits.MemoryPerLead"/>.
/// Both engines evaluate each workflow's <c>GlobalParams</c> once per lead and each enabled rule's
/// <c>LocalParams</c> and expression (nested rules included) at most once, so a lead costs at most the sum.
/// </summary>
internal sealed class CostTally
{
    private static readonly string Budget =
        $"a whole rule set may cost at most {Amount.Text(Limits.WorkPerLead)} units and {Amount.Text(Limits.MemoryPerLead)} bytes per lead";

    private readonly Dictionary<ParameterExpression, double> _lengths = new();
    private readonly List<CostEntry> _entries = new();

    /// <summary>The bound on what one lead costs: the sum over every expression that runs.</summary>
    public (double Work, double Bytes) PerLead => (_entries.Sum(e => e.Cost.Work), _entries.Sum(e => e.Cost.Bytes));

    /// <summary>
    /// Bounds <paramref name="expression"/> and, when <paramref name="runs"/> (its rule is enabled), counts it in the
    /// rule set's total; a <paramref name="variable"/> it is the value of carries its string's length to later uses.
    /// </summary>
    public void Add(Expression expression, ParameterExpression? variable, bool runs, JToken at, string workflow, string? rule, string what)
    {
        var cost = ExpressionCost.Of(expression, _lengths);
        if (variable is not null)
        {
            _lengths[variable] = cost.Length;
        }

        if (runs)
        {
            _entries.Add(new CostEntry(at, workflow, rule, what, cost));
        }
    }

    /// <summary>
    /// Reports each expression that alone is over the budget or cannot be bounded; when there is none but the sum is
    /// over, reports the expression that takes it over, in the order scoring, temperature, strategies.
    /// </summary>
    public void Check(ProblemList problems)
    {
        var over = _entries.Where(e => e.Cost.Unknown is not null || IsOver(e.Cost.Work, e.Cost.Bytes)).ToList();
        foreach (var entry in over)
        {
            problems.Add(entry.At, entry.Workflow, entry.Rule, $"{entry.What}: {entry.Cost.Unknown ?? Alone(entry.Cost)}");
        }

        double work = 0, bytes = 0;
        foreach (var entry in over.Count > 0 ? Enumerable.Empty<CostEntry>() : _entries)
        {
            (work, bytes) = (work + entry.Cost.Work, bytes + entry.Cost.Bytes);
            if (IsOver(work, bytes))
            {
                problems.Add(entry.At, entry.Workflow, entry.Rule, $"{entry.What}: brings the rule set's cost per lead to up to {Amount.Text(work)} units of work "
                    + $"and {Amount.Text(bytes)} bytes of strings; {Budget}. The costliest rules are {Costliest()}: make them cheaper, or use fewer of them.");
                return;
            }
        }
    }

    private static bool IsOver(double work, double bytes) => work > Limits.WorkPerLead || bytes > Limits.MemoryPerLead;

    private static string Alone(Bound cost) =>
        $"may cost up to {Amount.Text(cost.Work)} units of work and {Amount.Text(cost.Bytes)} bytes of strings per lead; {Budget}. "
        + $"Its costliest step is {cost.Costliest?.What}: work on shorter strings (a parameter's string keeps its length wherever the parameter is used).";

    private string Costliest() => string.Join(", ", _entries
        .GroupBy(e => $"{e.Workflow}/{e.Rule ?? "GlobalParams"}")
        .Select(g => (Rule: g.Key, Work: g.Sum(e => e.Cost.Work)))
        .OrderByDescending(r => r.Work)
        .Take(3)
        .Select(r => $"{r.Rule} ({Amount.Text(r.Work)} units)"));
}
