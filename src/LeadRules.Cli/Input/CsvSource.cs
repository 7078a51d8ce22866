using LeadRules.Batch;
using LeadRules.Leads;
using LeadRules.Leads.Mapping;

namespace LeadRules.Cli.Input;

/// <summary>The rows of a CSV export, turned into leads through a mapping as they are read, in file order.</summary>
internal sealed class CsvSource : LeadSource
{
    private readonly TextReader _text;
    private readonly CsvLeadReader _reader;
    private readonly IEnumerator<LeadLine> _lines;

    public CsvSource(TextReader text, LeadMapping mapping, DateTimeOffset asOf, CsvLeadReaderOptions? options)
    {
        var reader = new CsvLeadReader(mapping, text, asOf, options);
        Mapping = mapping;
        _text = text;
        _reader = reader;
        _lines = reader.ReadLines().GetEnumerator();
    }

    public override LeadMapping Mapping { get; }

    public override LeadChunk ReadChunk()
    {
        var lines = new List<LeadLine>();
        var chars = 0L;
        while (lines.Count < ChunkLines && chars < ChunkChars && _lines.MoveNext())
        {
            lines.Add(_lines.Current);
            chars += LeadSize.Chars(_lines.Current);
        }

        return new Chunk(lines);
    }

    public override void PrintSummary(TextWriter output)
    {
        var summary = _reader.Summary;
        foreach (var column in summary.Columns)
        {
            if (column.Unmapped > 0)
            {
                output.WriteLine($"column '{column.Column}': {column.Unmapped} values the mapping does not name: {string.Join(", ", column.UnmappedValues)}");
            }

            if (column.Fractions > 0)
            {
                output.WriteLine($"column '{column.Column}': {column.Fractions} fractional counts (rows refused)");
            }

            if (column.Errors > 0)
            {
                output.WriteLine($"column '{column.Column}': {column.Errors} rows with errors");
            }
        }
    }

    public override void Dispose()
    {
        _lines.Dispose();
        _reader.Dispose();
        _text.Dispose();
    }

    private sealed class Chunk : LeadChunk
    {
        private readonly List<LeadLine> _lines;

        public Chunk(List<LeadLine> lines) => _lines = lines;

        public override int Count => _lines.Count;

        public override LeadLine Parse(int index) => _lines[index];
    }
}
