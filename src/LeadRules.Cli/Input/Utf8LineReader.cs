using System.Buffers;
using System.Text;

namespace LeadRules.Cli.Input;

/// <summary>
/// Splits input into lines on its bytes, as <see cref="StreamReader"/> and <c>LeadRules.Leads.LineReader</c> read it as
/// text: lines end at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; a UTF-8 byte order mark at the start is skipped (and
/// one more after it), and input that starts with a UTF-16 or UTF-32 byte order mark is turned into UTF-8 as it is read.
/// Not thread-safe.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private Stream _stream;
    private int _position;
    private int _length;
    private bool _started;

    public Utf8LineReader(Stream stream) => _stream = stream;

    /// <summary>Appends the next line, without its end, to <paramref name="chunk"/>; <see langword="false"/> at the end of the input.</summary>
    public bool ReadLine(NdjsonChunk chunk)
    {
        if (!_started)
        {
            Start();
        }

        var any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (any)
                {
                    chunk.EndLine();
                }

                return any;
            }

            any = true;
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                chunk.Append(rest);
                _position = _length;
                continue;
            }

            chunk.Append(rest.Slice(0, end));
            _position += end;
            if (_buffer[_position++] == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
            {
                _position++;
            }

            chunk.EndLine();
            return true;
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>Reads the byte order marks that <see cref="StreamReader"/> detects (and the one more that the line reader skips).</summary>
    private void Start()
    {
        _started = true;
        FillAtLeast(4);
        var (encoding, mark) = _buffer.AsSpan(0, _length) switch
        {
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xEF, 0xBB, 0xBF, ..] => (null, 3),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            _ => ((Encoding?)null, 0),
        };
        _position = mark;
        if (encoding is not null)
        {
            var read = _buffer.AsSpan(_position, _length - _position).ToArray();
            _stream = Encoding.CreateTranscodingStream(new PrefixedStream(read, _stream), encoding, Encoding.UTF8);
            _position = _length = 0;
        }

        FillAtLeast(3);
        if (_buffer.AsSpan(0, _length).StartsWith(ByteOrderMark))
        {
            _position = 3;
        }
    }

    /// <summary>Moves the unread bytes to the start of the buffer and reads until it holds <paramref name="count"/> bytes or the input ends.</summary>
    private void FillAtLeast(int count)
    {
        _buffer.AsSpan(_position, _length - _position).CopyTo(_buffer);
        _length -= _position;
        _position = 0;
        int read;
        while (_length < count && (read = _stream.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            _length += read;
        }
    }

    private bool Fill()
    {
        _position = 0;
        _length = _stream.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }
}
