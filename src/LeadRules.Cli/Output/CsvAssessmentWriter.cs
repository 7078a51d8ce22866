using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LeadRules.Evaluation;
using LeadRules.Leads;

namespace LeadRules.Cli.Output;

/// <summary>
/// Formats one CSV row per input line, as UTF-8: <c>id,temperature,score,owner,strategies,reasons,error</c> (RFC 4180
/// quoting), then the kept columns of a CSV export, if any. Text cells (ids, strategies, reasons, errors, kept columns)
/// that a spreadsheet would run as a formula get a leading <c>'</c> unless the guard is off (see <see cref="FormulaGuard"/>).
/// </summary>
internal sealed class CsvAssessmentWriter : IRowWriter
{
    public const string Columns = "id,temperature,score,owner,strategies,reasons,error";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\n\r");

    /// <summary>Strategies cells kept per thread.</summary>
    private const int KeptCells = 16;

    /// <summary>Reasons kept per thread, as their <c>rule:points</c> bytes: a power of two, indexed by the top bits of a hash.</summary>
    private const int KeptReasons = 1 << KeptReasonBits;

    private const int KeptReasonBits = 10;

    [ThreadStatic]
    private static ArrayBufferWriter<char>? t_list;

    [ThreadStatic]
    private static StrategiesCell[]? t_strategies;

    [ThreadStatic]
    private static ReasonText[]? t_reasons;

    private readonly int _keep;
    private readonly bool _guard;
    private readonly byte[] _header;

    public CsvAssessmentWriter(IReadOnlyList<string>? keep = null, bool formulaGuard = true)
    {
        _keep = keep?.Count ?? 0;
        _guard = formulaGuard;
        using var header = new ByteBuffer();
        header.Write(Columns.AsSpan());
        foreach (var column in keep ?? Array.Empty<string>())
        {
            header.Write((byte)',');
            Cell(header, column);
        }

        header.Write((byte)'\n');
        _header = header.Written.ToArray();
    }

    public ReadOnlySpan<byte> Header => _header;

    public void Row(Assessment assessment, LeadLine line, ByteBuffer output)
    {
        if (!assessment.Succeeded)
        {
            ErrorRow(assessment.LeadId, line.LineNumber, assessment.Error!, line.Kept, output);
            return;
        }

        Cell(output, assessment.LeadId);
        output.Write((byte)',');
        output.Write(assessment.Temperature.ToName().AsSpan());
        output.Write((byte)',');
        Span<char> number = stackalloc char[Formatting.NumberRoom];
        output.Write(number.Slice(0, Formatting.FormatNumber(assessment.Score, number)));
        output.Write((byte)',');
        output.Write(assessment.Owner.ToName().AsSpan());
        output.Write((byte)',');
        Strategies(assessment.Recommendations, output);
        output.Write((byte)',');
        Reasons(assessment, output);
        output.Write((byte)',');
        Kept(line.Kept, output);
    }

    /// <summary>
    /// The reasons cell, from the held rules and their points without building reasons. Leads repeat a rule's points
    /// often, so each <c>rule:points</c> is kept as UTF-8 per thread, for the last pairs seen, and copied rather than
    /// formatted again. A cell that needs quotes or the formula guard is formatted as a whole, as any other cell.
    /// </summary>
    private void Reasons(Assessment assessment, ByteBuffer output)
    {
        var kept = t_reasons ??= new ReasonText[KeptReasons];
        var start = output.Length;
        var held = assessment.HeldReasons;
        for (var i = 0; held.MoveNext(); i++)
        {
            var name = held.Name;
            var bits = BitConverter.DoubleToInt64Bits(held.Points);
            ref var text = ref kept[BitMath.Slot((ulong)RuntimeHelpers.GetHashCode(name) ^ (ulong)bits, KeptReasonBits)];
            if (!ReferenceEquals(text.Rule, name) || text.Points != bits)
            {
                text = ReasonText.Of(name, held.Points);
            }

            if (text.Bytes is null || (i == 0 && _guard && text.StartsFormula))
            {
                output.Truncate(start);
                WholeReasons(assessment.HeldReasons, output);
                return;
            }

            if (i > 0)
            {
                output.Write((byte)';');
            }

            output.Write(text.Bytes);
        }
    }

    private void WholeReasons(HeldReasons held, ByteBuffer output)
    {
        var list = List();
        while (held.MoveNext())
        {
            Append(list, list.WrittenCount == 0 ? string.Empty : ";");
            AppendReason(list, held.Name, held.Points);
        }

        Cell(output, list.WrittenSpan);
    }

    private static void AppendReason(ArrayBufferWriter<char> list, string rule, double points)
    {
        Append(list, rule);
        Append(list, ":");
        list.Advance(Formatting.FormatNumber(points, list.GetSpan(Formatting.NumberRoom)));
    }

    /// <summary>
    /// The strategies cell. Leads with the same strategies share one list (see <c>SharedLists</c>), so the cell's bytes
    /// are kept per list and per thread, for the last lists seen, and copied rather than formatted again.
    /// </summary>
    private void Strategies(ImmutableArray<Recommendation> list, ByteBuffer output)
    {
        var recommendations = ImmutableCollectionsMarshal.AsArray(list)!;
        var cells = t_strategies ??= new StrategiesCell[KeptCells];
        ref var kept = ref cells[(RuntimeHelpers.GetHashCode(recommendations) & int.MaxValue) % KeptCells];
        if (ReferenceEquals(kept.List, recommendations) && ReferenceEquals(kept.Writer, this))
        {
            output.Write(kept.Bytes);
            return;
        }

        var text = List();
        foreach (var recommendation in recommendations)
        {
            Append(text, text.WrittenCount == 0 ? string.Empty : ";");
            Append(text, recommendation.Strategy);
        }

        var start = output.Length;
        Cell(output, text.WrittenSpan);
        kept = new StrategiesCell(this, recommendations, output.Written.Slice(start).ToArray());
    }

    public void ErrorRow(LeadLine line, ByteBuffer output) => ErrorRow(line.Id, line.LineNumber, line.Error!, line.Kept, output);

    private static ArrayBufferWriter<char> List()
    {
        var list = t_list ??= new ArrayBufferWriter<char>(256);
        list.ResetWrittenCount();
        return list;
    }

    private static void Append(ArrayBufferWriter<char> list, string text) => list.Write(text.AsSpan());

    private void ErrorRow(string? id, long lineNumber, string error, IReadOnlyList<string> kept, ByteBuffer output)
    {
        Cell(output, id);
        output.Write(",,,,,,"u8);
        var list = List();
        Append(list, "line ");
        lineNumber.TryFormat(list.GetSpan(20), out var written, default, CultureInfo.InvariantCulture);
        list.Advance(written);
        Append(list, ": ");
        Append(list, error);
        Cell(output, list.WrittenSpan);
        Kept(kept, output);
    }

    /// <summary>The kept columns, then the row's end; a row too short for a kept column still gets its cell, so every row has the header's columns.</summary>
    private void Kept(IReadOnlyList<string> kept, ByteBuffer output)
    {
        for (var i = 0; i < _keep; i++)
        {
            output.Write((byte)',');
            Cell(output, i < kept.Count ? kept[i] : null);
        }

        output.Write((byte)'\n');
    }

    /// <summary>A text cell: guarded against formulas when the guard is on, then quoted when it holds a comma, a quote or a line end.</summary>
    private void Cell(ByteBuffer output, ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            return;
        }

        var guard = _guard && FormulaGuard.Needed(field);
        var quote = field.ContainsAny(NeedsQuotes);
        if (quote)
        {
            output.Write((byte)'"');
        }

        if (guard)
        {
            output.Write((byte)'\'');
        }

        if (!quote)
        {
            output.Write(field);
            return;
        }

        int at;
        while ((at = field.IndexOf('"')) >= 0)
        {
            output.Write(field.Slice(0, at + 1));
            output.Write((byte)'"');
            field = field.Slice(at + 1);
        }

        output.Write(field);
        output.Write((byte)'"');
    }

    /// <summary>
    /// One reason's <c>rule:points</c> as UTF-8, or no bytes when the text needs quotes; whether it starts like a formula
    /// (it always holds a <c>:</c>, so it is never a plain number).
    /// </summary>
    private readonly record struct ReasonText(string? Rule, long Points, byte[]? Bytes, bool StartsFormula)
    {
        public static ReasonText Of(string rule, double points)
        {
            var list = List();
            AppendReason(list, rule, points);
            var text = list.WrittenSpan;
            var bits = BitConverter.DoubleToInt64Bits(points);
            if (text.ContainsAny(NeedsQuotes))
            {
                return new ReasonText(rule, bits, null, false);
            }

            var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
            System.Text.Encoding.UTF8.GetBytes(text, bytes);
            return new ReasonText(rule, bits, bytes, FormulaGuard.Needed(text));
        }
    }

    /// <summary>A strategies cell as written by one writer for one list of recommendations.</summary>
    private readonly record struct StrategiesCell(CsvAssessmentWriter Writer, Recommendation[] List, byte[] Bytes);
}
