using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Calibration;

/// <summary>The base and the calibrated rule sets backtested on the same holdout leads, and the ceiling a plain logistic regression reaches there.</summary>
public sealed class HoldoutComparison
{
    internal HoldoutComparison(BacktestResult baseRules, BacktestResult calibrated, Auc plainAuc)
    {
        Base = baseRules;
        Calibrated = calibrated;
        PlainAuc = plainAuc;
    }

    /// <summary>The backtest of the base rule set on the holdout: AUC, conversion per temperature and the rest.</summary>
    public BacktestResult Base { get; }

    /// <summary>The backtest of the calibrated rule set on the same leads.</summary>
    public BacktestResult Calibrated { get; }

    /// <summary>The holdout AUC of the unrounded logistic regression over every feature, nothing dropped: the ceiling for these features.</summary>
    public Auc PlainAuc { get; }
}
