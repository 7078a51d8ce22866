using System;
using System.Collections.Generic;
using MathNet.Numerics.LinearAlgebra;

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

    /// <summary>The model at the optimum <paramref name="beta"/> (intercept first), its errors from <paramref name="covariance"/>, the inverse penalised Hessian.</summary>
    public static LogisticModel At(IReadOnlyList<int> columns, double[] beta, Matrix<double> covariance, int iterations)
    {
        var coefficients = new double[beta.Length - 1];
        var errors = new double[beta.Length - 1];
        for (var j = 1; j < beta.Length; j++)
        {
            coefficients[j - 1] = beta[j];
            errors[j - 1] = Math.Sqrt(Math.Max(0, covariance[j, j]));
        }

        return new LogisticModel(columns, beta[0], coefficients, errors, iterations);
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
