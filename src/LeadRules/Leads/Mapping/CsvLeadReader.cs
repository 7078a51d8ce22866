using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace LeadRules.Leads.Mapping;

/// <summary>
/// Reads a CSV export through a <see cref="LeadMapping"/>: one <see cref="LeadLine"/> per data row, in file order. A bad
/// row gets its error (naming the column and the value) and never stops the read. Streams: memory stays flat.
/// </summary>
/// <remarks>
/// The first row is the header. A quoted field may hold delimiters, doubled quotes and line breaks; a blank line is a
/// row with an error; a UTF-8 byte order mark is dropped. The header is read when the reader is built, and every
/// column the mapping or the options name must be in it.
/// </remarks>
public sealed class CsvLeadReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly RowMapper _rows;
    private readonly byte _quote;
    private bool _started;

    /// <summary>Starts reading CSV text; the caller keeps ownership of <paramref name="reader"/>.</summary>
    /// <param name="mapping">The mapping that turns rows into leads.</param>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="asOf">The time that ages in days are counted back from (<c>AgeDays</c>, <c>AgeDaysColumn</c>).</param>
    /// <param name="options">Columns to keep, and a label overriding the mapping's; <see langword="null"/> for none.</param>
    /// <exception cref="MappingException">A column the mapping or the options name is not in the header; the message lists the header's columns.</exception>
    public CsvLeadReader(LeadMapping mapping, TextReader reader, DateTimeOffset asOf, CsvLeadReaderOptions? options)
        : this(mapping, asOf, options, o => CsvReader.Create(reader ?? throw new ArgumentNullException(nameof(reader)), o, leaveOpen: true))
    {
    }

    /// <summary>Starts reading CSV bytes (UTF-8, or as a byte order mark says); the caller keeps ownership of <paramref name="stream"/>.</summary>
    /// <param name="mapping">The mapping that turns rows into leads.</param>
    /// <param name="stream">The CSV bytes, header first.</param>
    /// <param name="asOf">The time that ages in days are counted back from (<c>AgeDays</c>, <c>AgeDaysColumn</c>).</param>
    /// <param name="options">Columns to keep, and a label overriding the mapping's; <see langword="null"/> for none.</param>
    /// <exception cref="MappingException">A column the mapping or the options name is not in the header; the message lists the header's columns.</exception>
    public CsvLeadReader(LeadMapping mapping, Stream stream, DateTimeOffset asOf, CsvLeadReaderOptions? options)
        : this(mapping, asOf, options, o => CsvReader.Create(stream ?? throw new ArgumentNullException(nameof(stream)), o, leaveOpen: true))
    {
    }

    private CsvLeadReader(LeadMapping mapping, DateTimeOffset asOf, CsvLeadReaderOptions? options, Func<CsvReaderOptions, CsvReader> open)
    {
        if (mapping is null)
        {
            throw new ArgumentNullException(nameof(mapping));
        }

        options ??= new CsvLeadReaderOptions();
        var spec = mapping.Spec;
        _quote = (byte)spec.Quote;
        _csv = open(new CsvReaderOptions
        {
            Separator = spec.Delimiter,
            Quote = spec.Quote,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            PoolStrings = true,
            MaxRecordSize = Limits.LineLength,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        try
        {
            var header = _csv.Headers.ToArray();
            Header = header;
            var binding = new HeaderBinding(mapping, header);
            var labelColumn = options.LabelColumn ?? spec.LabelColumn;
            var positive = options.PositiveLabels ?? (IReadOnlyList<string>)spec.Positive;
            binding.Require(options.Keep, "kept column");
            if (options.LabelColumn is not null)
            {
                binding.Require(new[] { options.LabelColumn }, "label column");
            }

            if (labelColumn is not null && positive.Count == 0)
            {
                throw new ArgumentException($"The label column '{labelColumn}' needs the values that mean converted: set PositiveLabels.", nameof(options));
            }

            binding.ThrowIfMissing();
            _rows = new RowMapper(spec, header, binding.IndexOf, asOf, labelColumn, positive, options.Keep);
        }
        catch
        {
            _csv.Dispose();
            throw;
        }
    }

    /// <summary>The header's column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The counts so far: complete once <see cref="ReadLines"/> has been enumerated to its end.</summary>
    public CsvReadSummary Summary => _rows.Summarize();

    /// <summary>Reads the data rows lazily, one <see cref="LeadLine"/> each; can be enumerated once.</summary>
    /// <returns>One line per data row, in file order, each with its lead or its error.</returns>
    /// <exception cref="InvalidOperationException">The rows were already read.</exception>
    public IEnumerable<LeadLine> ReadLines()
    {
        if (_started)
        {
            throw new InvalidOperationException("The rows of a CsvLeadReader can be read once; create another reader to read them again.");
        }

        _started = true;
        return Read();
    }

    /// <summary>Releases the read buffers; the text reader or stream stays open.</summary>
    public void Dispose() => _csv.Dispose();

    /// <summary>
    /// Whether a row's last field opens a quote it never closes. A quote left open runs to the end of the input, so it
    /// always ends up in the last field: closed, the field ends in an odd run of quotes after the opening one.
    /// </summary>
    private static bool Unclosed(ReadOnlySpan<byte> raw, byte quote)
    {
        if (raw.Length == 0 || raw[0] != quote)
        {
            return false;
        }

        var run = 0;
        for (var i = raw.Length - 1; i > 0 && raw[i] == quote; i--)
        {
            run++;
        }

        return run % 2 == 0;
    }

    private IEnumerable<LeadLine> Read()
    {
        while (true)
        {
            string? tooLarge = null;
            long line = 0;
            try
            {
                if (!_csv.Read())
                {
                    yield break;
                }

                line = _csv.LineNumber;
            }
            catch (CsvFormatException e)
            {
                line = e.LineNumber;
                tooLarge = $"the row is larger than the limit of {Limits.LineLength:N0} bytes (an unclosed quote?); reading stopped here.";
            }

            if (tooLarge is not null)
            {
                yield return _rows.Fail(line, tooLarge);
                yield break;
            }

            var unclosed = Unclosed(_csv.GetRawSpan(_csv.FieldCount - 1), _quote)
                ? "a quoted field on this row is never closed, so the rest of the file was read as this row; close the quote."
                : null;
            yield return _rows.Map(_csv, line, unclosed);
        }
    }
}
