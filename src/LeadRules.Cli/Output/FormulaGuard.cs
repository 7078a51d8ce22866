using System.Globalization;

namespace LeadRules.Cli.Output;

/// <summary>
/// Keeps spreadsheets from running text cells as formulas (CSV injection): a cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so it shows as the text it is. A cell that is
/// a plain number (<c>-12.5</c>) is left as it is: it is no formula.
/// </summary>
internal static class FormulaGuard
{
    /// <summary>The cell's text, with a leading <c>'</c> when a spreadsheet would take it for a formula.</summary>
    public static string? Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell) || cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return cell;
        }

        return IsPlainNumber(cell) ? cell : "'" + cell;
    }

    private static bool IsPlainNumber(string cell) =>
        cell[0] is '-' or '+'
        && cell.Length > 1
        && (char.IsAsciiDigit(cell[1]) || cell[1] == '.')
        && double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
