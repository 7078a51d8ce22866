namespace LeadRules.Cli.Output;

/// <summary>Plain-text tables for the terminal: columns padded to their widest cell, the first row a header.</summary>
internal static class Table
{
    public static void Write(IReadOnlyList<string[]> rows, TextWriter output, string indent = "")
    {
        var widths = new int[rows.Max(r => r.Length)];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }
}
