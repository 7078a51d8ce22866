namespace LeadRules;

/// <summary>The team that owns a lead or a strategy. Its name in rule files and output is <see cref="Names.ToName(Owner)"/>.</summary>
public enum Owner
{
    /// <summary><c>marketing</c>: owns cold and warm leads and moves them towards qualified.</summary>
    Marketing = 0,

    /// <summary><c>sales</c>: owns qualified leads and turns them into customers.</summary>
    Sales = 1,
}
