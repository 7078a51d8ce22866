using System;

namespace LeadRules;

/// <summary>
/// A scoring rule that held for a lead, and the points it gave. A small value: reading an assessment's reasons
/// allocates no object per reason. Two reasons are equal when their rule and points are.
/// </summary>
public readonly struct Reason : IEquatable<Reason>
{
    private readonly string? _rule;

    internal Reason(string rule, double points)
    {
        _rule = rule;
        Points = points;
    }

    /// <summary>The rule's <c>RuleName</c>; empty in a default <see cref="Reason"/>, which no assessment holds.</summary>
    public string Rule => _rule ?? string.Empty;

    /// <summary>The points it gave after decay and cap, rounded to two decimals; negative when the rule's points are.</summary>
    public double Points { get; }

    /// <summary>Whether two reasons name the same rule (ordinal) with the same points.</summary>
    /// <param name="left">One reason.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Reason left, Reason right) => left.Equals(right);

    /// <summary>Whether two reasons differ in rule or points.</summary>
    /// <param name="left">One reason.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Reason left, Reason right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Reason other) => string.Equals(Rule, other.Rule, StringComparison.Ordinal) && Points.Equals(other.Points);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Reason other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Rule) * 31) ^ Points.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Rule + ":" + Formatting.Number(Points);
}
