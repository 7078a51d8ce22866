using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MathNet.Numerics.LinearAlgebra;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// L2-penalised logistic regression by iteratively reweighted least squares (Newton's method): each step solves the
/// penalised Hessian by Cholesky (MathNet.Numerics); standard errors come from its inverse at the optimum. The rows are
/// summed in fixed blocks added in a fixed order, so the answer does not depend on the threads.
/// </summary>
internal static class LogisticFit
{
    private const int BlockRows = 16_384;
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-9;

    public static LogisticModel Fit(FeatureTable table, IReadOnlyList<int> columns, double penalty)
    {
        var d = columns.Count + 1;
        var beta = new double[d];
        var rate = Math.Min(Math.Max((table.ConvertedCount + 0.5) / (table.Rows + 1.0), 1e-6), 1 - 1e-6);
        beta[0] = Math.Log(rate / (1 - rate));
        var at = Derivatives(table, columns, beta, penalty);
        for (var iteration = 1; ; iteration++)
        {
            // Newton's step, halved until the penalised likelihood does not fall: plain Newton can overshoot and diverge.
            var step = at.Hessian.Cholesky().Solve(at.Gradient);
            var scale = 1.0;
            double[] next;
            (Matrix<double> Hessian, Vector<double> Gradient, double Objective) there;
            while (true)
            {
                next = beta.Select((b, j) => b + (scale * step[j])).ToArray();
                there = Derivatives(table, columns, next, penalty);
                if (there.Objective >= at.Objective - (1e-12 * Math.Abs(at.Objective)) || scale < 1e-10)
                {
                    break;
                }

                scale /= 2;
            }

            var largest = step.AbsoluteMaximum() * scale;
            var gain = there.Objective - at.Objective;
            (beta, at) = (next, there);
            if (largest < Tolerance || gain < 1e-12 * Math.Abs(at.Objective) || iteration == MaxIterations)
            {
                return LogisticModel.At(columns, beta, at.Hessian.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(d)), iteration);
            }
        }
    }

    /// <summary>
    /// At <paramref name="beta"/>: the penalised Hessian of the negative log-likelihood, and the gradient and value of the
    /// penalised log-likelihood.
    /// </summary>
    private static (Matrix<double> Hessian, Vector<double> Gradient, double Objective) Derivatives(FeatureTable table, IReadOnlyList<int> columns, double[] beta, double penalty)
    {
        var d = beta.Length;
        var blocks = (table.Rows + BlockRows - 1) / BlockRows;
        var hessians = new double[blocks][];
        var gradients = new double[blocks][];
        var likelihoods = new double[blocks];
        Parallel.For(0, blocks, block =>
        {
            var h = new double[d * d];
            var g = new double[d];
            var index = new int[d];
            var value = new double[d];
            var end = Math.Min(table.Rows, (block + 1) * BlockRows);
            var likelihood = 0.0;
            for (var row = block * BlockRows; row < end; row++)
            {
                // The intercept and the non-zero features: most rules do not hold for most leads.
                var n = 1;
                index[0] = 0;
                value[0] = 1;
                var eta = beta[0];
                for (var c = 0; c < columns.Count; c++)
                {
                    var x = table[row, columns[c]];
                    if (x != 0)
                    {
                        index[n] = c + 1;
                        value[n++] = x;
                        eta += beta[c + 1] * x;
                    }
                }

                var mu = 1 / (1 + Math.Exp(-eta));
                var w = Math.Max(mu * (1 - mu), 1e-12);
                var y = table.Converted(row) ? 1 : 0;
                var residual = y - mu;
                likelihood += (y * eta) - (eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta)));
                for (var a = 0; a < n; a++)
                {
                    g[index[a]] += residual * value[a];
                    var wa = w * value[a];
                    var rowStart = index[a] * d;
                    for (var b = 0; b <= a; b++)
                    {
                        h[rowStart + index[b]] += wa * value[b];
                    }
                }
            }

            hessians[block] = h;
            gradients[block] = g;
            likelihoods[block] = likelihood;
        });

        var hessian = Matrix<double>.Build.Dense(d, d);
        var gradient = Vector<double>.Build.Dense(d);
        var objective = 0.0;
        for (var block = 0; block < blocks; block++)
        {
            objective += likelihoods[block];
            for (var i = 0; i < d; i++)
            {
                gradient[i] += gradients[block][i];
                for (var j = 0; j <= i; j++)
                {
                    hessian[i, j] += hessians[block][(i * d) + j];
                }
            }
        }

        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < i; j++)
            {
                hessian[j, i] = hessian[i, j];
            }

            if (i > 0)
            {
                hessian[i, i] += penalty;
                gradient[i] -= penalty * beta[i];
                objective -= penalty * beta[i] * beta[i] / 2;
            }
        }

        // A tiny ridge on the intercept keeps the solve defined when no lead (or every lead) converted.
        hessian[0, 0] += 1e-9;
        return (hessian, gradient, objective);
    }
}
