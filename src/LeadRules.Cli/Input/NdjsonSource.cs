using LeadRules.Leads;

namespace LeadRules.Cli.Input;

/// <summary>NDJSON leads, one per line: lines are read in order (each kept to <see cref="Limits.LineLength"/> + 1 characters) and parsed on the scoring threads.</summary>
internal sealed class NdjsonSource : LeadSource
{
    private readonly TextReader _reader;
    private readonly LineReader _lines;
    private long _nextLine = 1;

    public NdjsonSource(TextReader reader)
    {
        _reader = reader;
        _lines = new LineReader(reader);
    }

    public override LeadChunk ReadChunk()
    {
        var lines = new List<string>();
        var chars = 0L;
        string? line;
        while (lines.Count < ChunkLines && chars < ChunkChars && (line = _lines.ReadLine()) is not null)
        {
            lines.Add(line);
            chars += line.Length;
        }

        var chunk = new Chunk(lines, _nextLine);
        _nextLine += lines.Count;
        return chunk;
    }

    public override void Dispose() => _reader.Dispose();

    private sealed class Chunk : LeadChunk
    {
        private readonly List<string> _lines;
        private readonly long _firstLine;

        public Chunk(List<string> lines, long firstLine)
        {
            _lines = lines;
            _firstLine = firstLine;
        }

        public override int Count => _lines.Count;

        public override LeadLine Parse(int index) => LeadJsonReader.Parse(_lines[index], _firstLine + index);
    }
}
