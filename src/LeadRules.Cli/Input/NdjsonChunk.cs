using System.Buffers;
using LeadRules.Leads;

namespace LeadRules.Cli.Input;

/// <summary>
/// The UTF-8 bytes of a chunk of NDJSON lines in one pooled buffer, each line parsed on demand from any thread. A line
/// keeps at most <see cref="KeptBytes"/> bytes: past that it is over <see cref="Limits.LineLength"/> characters whatever
/// it holds, so a huge line costs no more memory than that and still gets its "too long" error.
/// </summary>
internal sealed class NdjsonChunk : LeadChunk
{
    /// <summary>The bytes kept of a line: at least <see cref="Limits.LineLength"/> + 1 characters, as a character takes at most 3 bytes per UTF-16 unit.</summary>
    public const int KeptBytes = (3 * Limits.LineLength) + 8;

    /// <summary>
    /// Chunks' buffers: a pool of its own that keeps at most two buffers of each size, as the shared pool would keep
    /// many buffers of many megabytes (one set per core) once long lines have grown them.
    /// </summary>
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(maxArrayLength: 64 * 1024 * 1024, maxArraysPerBucket: 2);

    private readonly long _firstLine;
    private readonly int[] _ends = new int[LeadSource.ChunkLines];
    private byte[] _bytes = Pool.Rent(1 << 20);
    private int _length;
    private int _lineStart;
    private int _count;

    public NdjsonChunk(long firstLine) => _firstLine = firstLine;

    public override int Count => _count;

    /// <summary>The bytes held so far.</summary>
    public int Bytes => _length;

    /// <summary>Adds <paramref name="bytes"/> to the line being read, as far as the line's <see cref="KeptBytes"/> allow.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        var room = KeptBytes - (_length - _lineStart);
        if (room <= 0 || bytes.IsEmpty)
        {
            return;
        }

        bytes = bytes.Slice(0, Math.Min(room, bytes.Length));
        if (_bytes.Length - _length < bytes.Length)
        {
            var larger = Pool.Rent(Math.Max(_bytes.Length * 2, _length + bytes.Length));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            Pool.Return(_bytes);
            _bytes = larger;
        }

        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Ends the line being read; a chunk holds at most <see cref="LeadSource.ChunkLines"/>.</summary>
    public void EndLine()
    {
        _ends[_count++] = _length;
        _lineStart = _length;
    }

    public override LeadLine Parse(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return NdjsonLine.Parse(_bytes.AsSpan(start, _ends[index] - start), _firstLine + index);
    }

    public override void Dispose()
    {
        Pool.Return(_bytes);
        _bytes = Array.Empty<byte>();
    }
}
