using System.Collections.Generic;

namespace LeadRules.Analytics.Calibration;

/// <summary>A fitted logistic regression over some columns of a <see cref="FeatureTable"/>: coefficients with standard errors.</summary>
internal sealed class LogisticModel
{
    /// <summary>The two-sided 95% normal quantile.</summary>
    public const double Z = 1.959963984540054;

    public LogisticModel(IReadOnlyList<int> columns, double intercept, double[] coefficients, double[] standardErrors, int iterations)
    {
        Columns = columns;
        Intercept = intercept;
        Coefficients = coefficients;
        StandardErrors = standardErrors;
        Iterations = iterations;
    }

    /// <summary>The table columns the model uses, in the order of <see cref="Coefficients"/>.</summary>
    public IReadOnlyList<int> Columns { get; }

    public double Intercept { get; }

    public double[] Coefficients { get; }

    /// <summary>From the inverse of the penalised Hessian at the optimum.</summary>
    public double[] StandardErrors { get; }

    public int Iterations { get; }

    public double Lower(int i) => Coefficients[i] - (Z * StandardErrors[i]);

    public double Upper(int i) => Coefficients[i] + (Z * StandardErrors[i]);

    /// <summary>Each table column's weight: its coefficient, or 0 for a column the model leaves out.</summary>
    public double[] Weights(int tableColumns)
    {
        var weights = new double[tableColumns];
        for (var i = 0; i < Columns.Count; i++)
        {
            weights[Columns[i]] = Coefficients[i];
        }

        return weights;
    }
}
