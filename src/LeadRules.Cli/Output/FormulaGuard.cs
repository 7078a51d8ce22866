using System.Globalization;

namespace LeadRules.Cli.Output;

/// <summary>
/// Keeps spreadsheets from running text cells as formulas (CSV injection): a cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so it shows as the text it is. A cell that is
/// a plain number (<c>-12.5</c>) is left as it is: it is no formula.
/// </summary>
internal static class FormulaGuard
{
    /// <summary>Whether a spreadsheet would take the cell for a formula, so it needs a leading <c>'</c>.</summary>
    public static bool Needed(ReadOnlySpan<char> cell) => !cell.IsEmpty && cell[0] is ('=' or '+' or '-' or '@' or '\t' or '\r') && !IsPlainNumber(cell);

    private static bool IsPlainNumber(ReadOnlySpan<char> cell) =>
        cell[0] is '-' or '+'
        && cell.Length > 1
        && (char.IsAsciiDigit(cell[1]) || cell[1] == '.')
        && double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
