using System;
using System.Collections.Generic;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Diff;

/// <summary>
/// What changes when the same leads are assessed by a new rule set instead of the one it is compared against: the
/// temperature moves, the hand-offs between marketing and sales, the strategies gained and lost, the rules that fire
/// differently, examples of moved leads and, when outcomes are known, each side's backtest. Immutable.
/// </summary>
public sealed class DiffResult
{
    internal DiffResult(
        RuleSetStamp ruleSet,
        RuleSetStamp againstRuleSet,
        DateTimeOffset asOf,
        long leads,
        long failed,
        IReadOnlyList<TemperatureTransition> transitions,
        long toSales,
        long toMarketing,
        IReadOnlyList<StrategyChange> strategies,
        IReadOnlyList<RuleFiringChange> ruleChanges,
        long rulesDiffering,
        IReadOnlyList<MovedLead> movedLeads,
        BacktestResult? backtest,
        BacktestResult? againstBacktest)
    {
        RuleSet = ruleSet;
        AgainstRuleSet = againstRuleSet;
        AsOf = asOf;
        Leads = leads;
        Failed = failed;
        Transitions = transitions;
        ToSales = toSales;
        ToMarketing = toMarketing;
        Strategies = strategies;
        RuleChanges = ruleChanges;
        RulesDiffering = rulesDiffering;
        MovedLeads = movedLeads;
        Backtest = backtest;
        AgainstBacktest = againstBacktest;
    }

    /// <summary>The name, version and hash of the new rule set.</summary>
    public RuleSetStamp RuleSet { get; }

    /// <summary>The name, version and hash of the rule set it is compared against.</summary>
    public RuleSetStamp AgainstRuleSet { get; }

    /// <summary>The as-of time the leads were assessed at.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>How many leads both rule sets scored; every figure below is over them.</summary>
    public long Leads { get; }

    /// <summary>How many leads could not be scored by one rule set or both (or held no valid lead); they are left out of every figure.</summary>
    public long Failed { get; }

    /// <summary>
    /// The temperature transition matrix: nine cells, from the rule set compared against (rows <c>cold</c>, <c>warm</c>,
    /// <c>qualified</c>) to the new one (the same order within each row).
    /// </summary>
    public IReadOnlyList<TemperatureTransition> Transitions { get; }

    /// <summary>How many leads changed temperature (the cells off the diagonal).</summary>
    public long Moved
    {
        get
        {
            long moved = 0;
            foreach (var t in Transitions)
            {
                moved += t.From == t.To ? 0 : t.Leads;
            }

            return moved;
        }
    }

    /// <summary>How many leads marketing owned under the rule set compared against and sales owns under the new one (gained by sales).</summary>
    public long ToSales { get; }

    /// <summary>How many leads sales owned under the rule set compared against and marketing owns under the new one (lost by sales).</summary>
    public long ToMarketing { get; }

    /// <summary>Every strategy of either rule set, the new set's in rule-file order first, with how many leads gain and lose it.</summary>
    public IReadOnlyList<StrategyChange> Strategies { get; }

    /// <summary>
    /// The scoring and temperature rules whose firing differs the most between the two rule sets, largest absolute
    /// difference first (rule-file order among equals); at most <see cref="DiffOptions.RuleChanges"/>, and only rules that differ.
    /// </summary>
    public IReadOnlyList<RuleFiringChange> RuleChanges { get; }

    /// <summary>How many rules' firing differs at all (<see cref="RuleChanges"/> may show fewer).</summary>
    public long RulesDiffering { get; }

    /// <summary>The first leads, in input order, whose temperature changed: at most <see cref="DiffOptions.MovedLeads"/>.</summary>
    public IReadOnlyList<MovedLead> MovedLeads { get; }

    /// <summary>
    /// The backtest of the new rule set over the leads whose outcome is known, or <see langword="null"/> when no lead
    /// came with an outcome.
    /// </summary>
    public BacktestResult? Backtest { get; }

    /// <summary>The backtest of the rule set compared against over the same leads, or <see langword="null"/> when no lead came with an outcome.</summary>
    public BacktestResult? AgainstBacktest { get; }
}
