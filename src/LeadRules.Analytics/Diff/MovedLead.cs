using System.Collections.Immutable;

namespace LeadRules.Analytics.Diff;

/// <summary>A lead whose temperature differs between the two rule sets, with both answers and why.</summary>
public sealed class MovedLead
{
    internal MovedLead(long position, string? leadId, string temperature, string againstTemperature, double score, double againstScore,
        ImmutableArray<Reason> reasons, ImmutableArray<Reason> againstReasons)
    {
        Position = position;
        LeadId = leadId;
        Temperature = temperature;
        AgainstTemperature = againstTemperature;
        Score = score;
        AgainstScore = againstScore;
        Reasons = reasons;
        AgainstReasons = againstReasons;
    }

    /// <summary>Where the lead came in the input: its index from 0 in <see cref="RuleSetDiff"/>, its line number on the command line.</summary>
    public long Position { get; }

    /// <summary>The lead's id, or <see langword="null"/> when it had none.</summary>
    public string? LeadId { get; }

    /// <summary>Its temperature under the new rule set.</summary>
    public string Temperature { get; }

    /// <summary>Its temperature under the rule set compared against.</summary>
    public string AgainstTemperature { get; }

    /// <summary>Its score under the new rule set.</summary>
    public double Score { get; }

    /// <summary>Its score under the rule set compared against.</summary>
    public double AgainstScore { get; }

    /// <summary>The scoring rules that held under the new rule set, with their points.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>The scoring rules that held under the rule set compared against, with their points.</summary>
    public ImmutableArray<Reason> AgainstReasons { get; }
}
