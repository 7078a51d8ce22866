using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Recency;

/// <summary>
/// Counts, for every rule that asks how recent a contact point is (<c>Within</c>, <c>GroupWithin</c>, <c>DaysSince</c>),
/// the leads it could not judge: they have contact points of the types it asks about, but none dated. A snapshot
/// export without dates scores every such rule as if nothing had happened recently; this says so.
/// </summary>
/// <remarks><see cref="Add"/> is thread-safe, so one counter can watch a batch scored across cores.</remarks>
public sealed class UndatedRecencyCounter
{
    private readonly RecencyPlan _plan;
    private readonly long[] _counts;
    private long _leads;

    /// <summary>Creates a counter for the rules of <paramref name="rules"/> that depend on recency.</summary>
    /// <param name="rules">The rule set the leads are scored with.</param>
    public UndatedRecencyCounter(RuleSet rules)
    {
        _plan = rules.Recency;
        _counts = new long[_plan.Rules.Count];
    }

    /// <summary>How many leads were added.</summary>
    public long Leads => Interlocked.Read(ref _leads);

    /// <summary>Whether the rule set has any rule that depends on recency.</summary>
    public bool HasRecencyRules => _plan.Rules.Count > 0;

    /// <summary>Every rule that depends on recency, in file order, with the leads so far that it could not judge.</summary>
    public IReadOnlyList<UndatedRecencyCount> Counts =>
        _plan.Rules.Select((r, i) => new UndatedRecencyCount(r.Workflow, r.Name, Interlocked.Read(ref _counts[i]))).ToArray();

    /// <summary>Looks at one lead's contact points and counts it against every rule it leaves without a date.</summary>
    /// <param name="lead">The lead, as it is scored.</param>
    public void Add(Lead lead)
    {
        Interlocked.Increment(ref _leads);
        _plan.CountUndated(lead, _counts);
    }
}
