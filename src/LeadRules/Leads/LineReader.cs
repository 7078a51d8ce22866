using System;
using System.IO;
using System.Text;

namespace LeadRules.Leads;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> through its own buffer, but keeps at most
/// <see cref="Limits.LineLength"/> + 1 characters of a line: a huge line costs no more memory than that and still
/// gets its "too long" error. A byte order mark at the start of the input is skipped. Not thread-safe.
/// </summary>
internal sealed class LineReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private bool _started;

    public LineReader(TextReader reader) => _reader = reader;

    /// <summary>The next line without its end (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), or <see langword="null"/> at the end of the input.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                return any ? _line.ToString() : null;
            }

            any = true;
            var start = _position;
            while (_position < _length && _buffer[_position] is not ('\n' or '\r'))
            {
                _position++;
            }

            Keep(start, _position - start);
            if (_position == _length)
            {
                continue;
            }

            if (_buffer[_position++] == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
            {
                _position++;
            }

            return _line.ToString();
        }
    }

    private void Keep(int start, int count)
    {
        var room = Limits.LineLength + 1 - _line.Length;
        if (room > 0)
        {
            _line.Append(_buffer, start, Math.Min(room, count));
        }
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (!_started && _length > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF')
            {
                // A pipe may hand over the byte order mark alone: then the input goes on in the next read.
                _position = 1;
                return _length > 1 || Fill();
            }
        }

        return _length > 0;
    }
}
