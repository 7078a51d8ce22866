using System.Buffers;
using System.Text;

namespace LeadRules.Cli.Output;

/// <summary>Output bytes gathered in a pooled array that grows as needed; reused across chunks through <see cref="Clear"/>. Not thread-safe.</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(1 << 16);

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Drops what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => Length = Math.Min(Length, length);

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var room = Room(sizeHint);
        return _bytes.AsMemory(Length, room);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var room = Room(sizeHint);
        return _bytes.AsSpan(Length, room);
    }

    public void Write(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8; a lone surrogate becomes U+FFFD, as a UTF-8 text writer writes it.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Most text is ASCII: narrowed a character to a byte, or else encoded as UTF-8 from the start.
        var room = GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Ascii.FromUtf16(text, room, out var written) == OperationStatus.Done ? written : Encoding.UTF8.GetBytes(text, room);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = Array.Empty<byte>();
    }

    private int Room(int sizeHint)
    {
        if (_bytes.Length - Length < Math.Max(sizeHint, 1))
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, Length + sizeHint));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        return _bytes.Length - Length;
    }
}
