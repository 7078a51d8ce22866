namespace LeadRules.Analytics.Backtest;

/// <summary>The area under the ROC curve of the score: the chance that a converted lead scores above one that did not (ties count half).</summary>
public sealed class Auc
{
    internal Auc(double value, double lower, double upper)
    {
        Value = value;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The AUC, from 0 to 1 (0.5: the score does not separate); NaN when either class is empty.</summary>
    public double Value { get; }

    /// <summary>The lower end of the 95% interval (Hanley and McNeil).</summary>
    public double Lower { get; }

    /// <summary>The upper end of the 95% interval (Hanley and McNeil).</summary>
    public double Upper { get; }
}
