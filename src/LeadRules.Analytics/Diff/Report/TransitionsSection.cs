using System;
using System.IO;
using System.Linq;
using LeadRules.Analytics.Report;

namespace LeadRules.Analytics.Diff.Report;

/// <summary>The temperature transition matrix: a square per cell whose area is its number of leads, warmer moves and colder moves in their colours.</summary>
internal static class TransitionsSection
{
    private const double Width = 940, Left = 170, Top = 64, CellWidth = 250, CellHeight = 92, Largest = 72;

    public static void Write(DiffResult result, TextWriter writer)
    {
        BacktestReport.OpenSection(writer, "transitions", "Temperature transitions",
            "Each row is the leads at one temperature under the rule set compared against; each column where the new rule set puts them. The diagonal is the leads that stay; a square&#8217;s area is its number of leads.");
        var cells = result.Transitions;
        var largest = cells.Count == 0 ? 0 : cells.Max(c => c.Leads);
        var svg = Svg.Open(writer, "transitions", Width, Top + (3 * CellHeight) + 12, "Temperature under the rule set compared against and under the new one");
        Legend(svg);
        svg.Label("axis-title", Left - 12, Top - 12, "end", "against &#8595; &#183; new &#8594;");
        for (var i = 0; i < 3 && i < cells.Count; i++)
        {
            svg.Label("value", Left + (i * CellWidth) + (CellWidth / 2), Top - 12, "middle", Html.Escape(cells[i].To));
            svg.Label("value", Left - 12, Top + (i * CellHeight) + (CellHeight / 2) + 4, "end", Html.Escape(cells[i * 3].From));
        }

        for (var line = 0; line <= 3; line++)
        {
            svg.Line("grid", Left, Top + (line * CellHeight), Left + (3 * CellWidth), Top + (line * CellHeight));
            svg.Line("grid", Left + (line * CellWidth), Top, Left + (line * CellWidth), Top + (3 * CellHeight));
        }

        for (var cell = 0; cell < cells.Count; cell++)
        {
            var row = cell / 3;
            var rowTotal = cells.Skip(row * 3).Take(3).Sum(c => c.Leads);
            DrawCell(svg, cells[cell], cell % 3, row, largest, rowTotal);
        }

        svg.Close();
        WriteTable(writer, result);
        BacktestReport.CloseSection(writer);
    }

    /// <summary>The CSS class of a cell: <c>stay</c> on the diagonal, <c>up</c> when the new rule set is warmer, <c>down</c> when colder.</summary>
    internal static string Direction(int from, int to) => to == from ? "stay" : to > from ? "up" : "down";

    private static void DrawCell(Svg svg, TemperatureTransition t, int column, int row, long largest, long rowTotal)
    {
        var side = largest == 0 ? 0 : Math.Sqrt((double)t.Leads / largest) * Largest;
        var centreX = Left + (column * CellWidth) + 56;
        var centreY = Top + (row * CellHeight) + (CellHeight / 2);
        var share = rowTotal == 0 ? double.NaN : (double)t.Leads / rowTotal;
        var (from, to) = (Html.Escape(t.From), Html.Escape(t.To));
        svg.Bar("transition", Direction(row, column), centreX - (side / 2), centreY - (side / 2), side, side,
            $"{from} &#8594; {to}: {Html.Count(t.Leads)} leads ({Html.Percent(share)} of the {from} leads)");
        svg.Label("value", Left + (column * CellWidth) + 104, centreY - 2, "start", Html.Count(t.Leads));
        svg.Label("tick", Left + (column * CellWidth) + 104, centreY + 16, "start", $"{Html.Percent(share)} of {from}");
    }

    private static void Legend(Svg svg)
    {
        var x = Left;
        foreach (var (css, text) in new[] { ("stay", "stays"), ("up", "warmer under the new rule set"), ("down", "colder under the new rule set") })
        {
            svg.Swatch(css, x, 4, 12);
            svg.Label("tick", x + 18, 14, "start", text);
            x += text.Length * 7 + 40;
        }
    }

    private static void WriteTable(TextWriter writer, DiffResult result)
    {
        var cells = result.Transitions;
        var names = cells.Take(3).Select(c => Html.Escape(c.To)).ToArray();
        var columns = new[] { ("Against \\ new", false) }.Concat(names.Select(n => (n, true))).Append(("Total", true)).ToArray();
        var table = Table.Open(writer, "Leads per temperature under each rule set", columns);
        for (var row = 0; row < 3 && row < names.Length; row++)
        {
            var counts = cells.Skip(row * 3).Take(3).Select(c => c.Leads).ToArray();
            table.Row(null, new[] { names[row] }.Concat(counts.Select(Html.Count)).Append(Html.Count(counts.Sum())).ToArray());
        }

        var totals = Enumerable.Range(0, 3).Select(column => cells.Where((c, cell) => cell % 3 == column).Sum(c => c.Leads));
        table.Row(null, new[] { "Total" }.Concat(totals.Select(Html.Count)).Append(Html.Count(result.Leads)).ToArray());
        table.Close();
    }
}
