using LeadRules.Leads;

namespace LeadRules.Cli.Input;

/// <summary>
/// NDJSON leads, one per line: lines are read in order as UTF-8 bytes (see <see cref="Utf8LineReader"/>), each kept to
/// <see cref="NdjsonChunk.KeptBytes"/>, and parsed on the scoring threads.
/// </summary>
internal sealed class NdjsonSource : LeadSource
{
    private readonly Utf8LineReader _lines;
    private long _nextLine = 1;

    public NdjsonSource(Stream input) => _lines = new Utf8LineReader(input);

    public override LeadChunk ReadChunk()
    {
        var chunk = new NdjsonChunk(_nextLine);
        while (chunk.Count < ChunkLines && chunk.Bytes < ChunkBytes && _lines.ReadLine(chunk))
        {
        }

        _nextLine += chunk.Count;
        return chunk;
    }

    public override void Dispose() => _lines.Dispose();
}
