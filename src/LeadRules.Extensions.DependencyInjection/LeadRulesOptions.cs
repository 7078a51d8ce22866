using System;
using System.IO;
using System.Threading;
using LeadRules.Reloading;

namespace LeadRules.Extensions.DependencyInjection;

/// <summary>Where the rules come from and how leads are assessed. Checked when the host starts.</summary>
public sealed class LeadRulesOptions
{
    /// <summary>A rule file to load.</summary>
    /// <value>Defaults to <see langword="null"/>: with no <see cref="RulesStream"/> either, the embedded default rule set.</value>
    public string? RulesPath { get; set; }

    /// <summary>Opens a stream holding a rule set, for rules kept elsewhere than in a file (a database, a resource).</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Func<Stream>? RulesStream { get; set; }

    /// <summary>Reload <see cref="RulesPath"/> whenever the file changes, without a restart.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ReloadOnChange { get; set; }

    /// <summary>
    /// With <see cref="ReloadOnChange"/>, how often the file's contents are compared with the serving rules', in case
    /// the file watcher missed a change; <see cref="Timeout.InfiniteTimeSpan"/> relies on the watcher alone.
    /// </summary>
    /// <value>Defaults to <see cref="ReloadingLeadScorer.DefaultPollInterval"/> (10 seconds).</value>
    public TimeSpan ReloadPollInterval { get; set; } = ReloadingLeadScorer.DefaultPollInterval;

    /// <summary>What to do with contact points whose type the rule set does not know.</summary>
    /// <value>Defaults to <see cref="UnknownTypePolicy.Error"/>.</value>
    public UnknownTypePolicy UnknownTypes { get; set; } = UnknownTypePolicy.Error;

    /// <summary>The evaluation engine.</summary>
    /// <value>Defaults to <see cref="EvaluationEngine.Compiled"/>.</value>
    public EvaluationEngine Engine { get; set; } = EvaluationEngine.Compiled;

    /// <summary>How many threads a batch uses.</summary>
    /// <value>Defaults to <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
