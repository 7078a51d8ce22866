using System;
using System.Collections.Generic;

namespace LeadRules.Analytics.Calibration;

/// <summary>
/// The features of many leads as one compact row-major block of floats, with each lead's outcome and whether it was
/// met through two channel groups or more. Rows are appended in input order.
/// </summary>
internal sealed class FeatureTable
{
    private float[] _values;
    private bool[] _converted;
    private bool[] _multiTouch;

    public FeatureTable(int columns)
    {
        Columns = columns;
        _values = new float[1024 * Math.Max(1, columns)];
        _converted = new bool[1024];
        _multiTouch = new bool[1024];
    }

    public int Columns { get; }

    public int Rows { get; private set; }

    public long ConvertedCount { get; private set; }

    public void Add(float[] row, bool converted, bool multiTouch)
    {
        if (Rows == _converted.Length)
        {
            Array.Resize(ref _converted, Rows * 2);
            Array.Resize(ref _multiTouch, Rows * 2);
            Array.Resize(ref _values, Rows * 2 * Math.Max(1, Columns));
        }

        Array.Copy(row, 0, _values, Rows * Columns, Columns);
        _converted[Rows] = converted;
        _multiTouch[Rows] = multiTouch;
        ConvertedCount += converted ? 1 : 0;
        Rows++;
    }

    public float this[int row, int column] => _values[(row * Columns) + column];

    public bool Converted(int row) => _converted[row];

    public bool MultiTouch(int row) => _multiTouch[row];

    /// <summary>The leads a column held for (a non-zero value), and how many of them converted.</summary>
    public (long Held, long Converted) Held(int column)
    {
        long held = 0;
        long converted = 0;
        for (var row = 0; row < Rows; row++)
        {
            if (_values[(row * Columns) + column] != 0)
            {
                held++;
                converted += _converted[row] ? 1 : 0;
            }
        }

        return (held, converted);
    }

    /// <summary>The linear score of every row: the sum of each column's value times its weight.</summary>
    public double[] Scores(IReadOnlyList<double> weights)
    {
        var scores = new double[Rows];
        for (var row = 0; row < Rows; row++)
        {
            double sum = 0;
            for (var column = 0; column < Columns; column++)
            {
                sum += _values[(row * Columns) + column] * weights[column];
            }

            scores[row] = sum;
        }

        return scores;
    }
}
