using System;

namespace LeadRules.Analytics.Report;

/// <summary>A value axis from 0 to a round maximum, in round steps (1, 2, 2.5 or 5 times a power of ten).</summary>
internal sealed class Axis
{
    private Axis(double step, double max)
    {
        Step = step;
        Max = max;
    }

    /// <summary>The distance between ticks.</summary>
    public double Step { get; }

    /// <summary>The top of the axis: a multiple of <see cref="Step"/> at or above the largest value.</summary>
    public double Max { get; }

    /// <summary>An axis holding <paramref name="largest"/> in about <paramref name="ticks"/> steps; 0 to 1 when there is nothing to show.</summary>
    public static Axis For(double largest, int ticks = 4)
    {
        if (!Html.Defined(largest) || largest <= 0)
        {
            return new Axis(0.25, 1);
        }

        var rough = largest / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = power * 10;
        foreach (var factor in new[] { 1, 2, 2.5, 5 })
        {
            if (factor * power >= rough)
            {
                step = factor * power;
                break;
            }
        }

        return new Axis(step, step * Math.Ceiling(largest / step - 1e-9));
    }

    /// <summary>Where <paramref name="value"/> falls on a length of <paramref name="length"/> units (0 for an undefined value).</summary>
    public double Scale(double value, double length) => Html.Defined(value) ? Math.Min(value, Max) / Max * length : 0;

    /// <summary>Draws the grid lines and tick labels of a vertical axis between <paramref name="top"/> and <paramref name="bottom"/>.</summary>
    public void DrawVertical(Svg svg, double left, double right, double top, double bottom, Func<double, string> label)
    {
        for (var i = 0; i * Step <= Max + 1e-9; i++)
        {
            var y = bottom - Scale(i * Step, bottom - top);
            svg.Line(i == 0 ? "axis" : "grid", left, y, right, y);
            svg.Label("tick", left - 6, y + 4, "end", label(i * Step));
        }
    }

    /// <summary>Draws the grid lines and tick labels of a horizontal axis between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public void DrawHorizontal(Svg svg, double left, double right, double top, double bottom, Func<double, string> label)
    {
        for (var i = 0; i * Step <= Max + 1e-9; i++)
        {
            var x = left + Scale(i * Step, right - left);
            svg.Line(i == 0 ? "axis" : "grid", x, top, x, bottom);
            svg.Label("tick", x, top - 6, "middle", label(i * Step));
        }
    }
}
