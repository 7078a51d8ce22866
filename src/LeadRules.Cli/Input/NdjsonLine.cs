using System.Buffers;
using System.Text;
using System.Text.Unicode;
using LeadRules.Leads;

namespace LeadRules.Cli.Input;

/// <summary>
/// Parses one NDJSON line from its UTF-8 bytes with the same result as reading it as text and parsing the string: a line
/// that is blank as text, holds bytes that are not UTF-8 (read as U+FFFD), starts with a character outside ASCII, or may
/// be over <see cref="Limits.LineLength"/> characters is read as text; every other line is parsed from its bytes.
/// </summary>
internal static class NdjsonLine
{
    /// <summary>The ASCII characters <see cref="char.IsWhiteSpace(char)"/> takes for white space.</summary>
    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, 128).Where(c => char.IsWhiteSpace((char)c)).Select(c => (byte)c).ToArray());

    public static LeadLine Parse(ReadOnlySpan<byte> line, long lineNumber)
    {
        // Most lines start with their brace: the search, vectorised for long runs of white space, is for the rest.
        var first = line.Length > 0 && !WhiteSpace.Contains(line[0]) ? 0 : line.IndexOfAnyExcept(WhiteSpace);
        if (first < 0)
        {
            return LeadJsonReader.Parse(string.Empty, lineNumber);
        }

        // A line of at most LineLength bytes has at most that many characters; one that starts with ASCII has no byte order mark.
        return line[first] < 0x80 && line.Length <= Limits.LineLength && Utf8.IsValid(line)
            ? LeadJsonReader.ParseWellFormed(line, lineNumber)
            : LeadJsonReader.Parse(Text(line), lineNumber);
    }

    /// <summary>The line as a text reader decodes it, kept to <see cref="Limits.LineLength"/> + 1 characters as the line reader keeps it.</summary>
    private static string Text(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line);
        return text.Length > Limits.LineLength + 1 ? text.Substring(0, Limits.LineLength + 1) : text;
    }
}
