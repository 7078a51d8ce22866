using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Calibration;

/// <summary>One scoring rule, from the base rule set or proposed, with the training evidence and the points calibration gave it.</summary>
public sealed class CalibratedRule
{
    internal CalibratedRule(string name, string expression, bool proposed, string? type, double? halfLifeDays, Rate conversionWhenHeld, double lift)
    {
        HalfLifeDays = halfLifeDays;
        Name = name;
        Expression = expression;
        Proposed = proposed;
        Type = type;
        ConversionWhenHeld = conversionWhenHeld;
        Lift = lift;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The rule's expression (empty for a base rule built of nested rules).</summary>
    public string Expression { get; }

    /// <summary>Whether calibration proposed the rule; otherwise it comes from the base rule set.</summary>
    public bool Proposed { get; }

    /// <summary>The contact-point type the rule's points are tied to, or <see langword="null"/>.</summary>
    public string? Type { get; }

    /// <summary>The rule's <c>halfLifeDays</c>, kept as it was, or <see langword="null"/>.</summary>
    public double? HalfLifeDays { get; }

    /// <summary>How many training leads the rule held for.</summary>
    public long LeadsHeld => ConversionWhenHeld.Of;

    /// <summary>The conversion of the training leads it held for, with its 95% interval.</summary>
    public Rate ConversionWhenHeld { get; }

    /// <summary>That conversion divided by the training base rate.</summary>
    public double Lift { get; }

    /// <summary>What calibration made of the rule.</summary>
    public CalibrationVerdict Verdict { get; internal init; }

    /// <summary>The log-odds coefficient per unit (per occurrence for <c>pointsEach</c> rules) in the fit that decided; NaN when the rule was not fitted.</summary>
    public double Coefficient { get; internal init; } = double.NaN;

    /// <summary>The lower end of the coefficient's 95% interval; NaN when the rule was not fitted.</summary>
    public double Lower { get; internal init; } = double.NaN;

    /// <summary>The upper end of the coefficient's 95% interval; NaN when the rule was not fitted.</summary>
    public double Upper { get; internal init; } = double.NaN;

    /// <summary>The new <c>points</c>, or <see langword="null"/> (a <c>pointsEach</c> rule, or no points).</summary>
    public double? Points { get; internal init; }

    /// <summary>The new <c>pointsEach</c>, or <see langword="null"/>.</summary>
    public double? PointsEach { get; internal init; }

    /// <summary>The new <c>cap</c>, scaled with <see cref="PointsEach"/>, or <see langword="null"/>.</summary>
    public double? Cap { get; internal init; }

    /// <summary>Whether the rule gives points in the calibrated rule set.</summary>
    public bool HasPoints => Points is not null || PointsEach is not null;
}
