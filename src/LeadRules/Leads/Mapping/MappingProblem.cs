namespace LeadRules.Leads.Mapping;

/// <summary>One thing wrong with a mapping file, located by file, line and column.</summary>
public sealed class MappingProblem
{
    internal MappingProblem(string source, int line, int column, string message)
    {
        Source = source;
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>The mapping file's path, or the name given for a mapping read from a string or stream.</summary>
    public string Source { get; }

    /// <summary>The 1-based line, or 0 when the problem is not at one place in the file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when the problem is not at one place in the file.</summary>
    public int Column { get; }

    /// <summary>What is wrong and what to do.</summary>
    public string Message { get; }

    /// <summary>The problem as one line, located.</summary>
    /// <returns><c>file:line:col: message</c>, or <c>file: message</c> when the problem is not at one place.</returns>
    public override string ToString() => Line == 0 ? $"{Source}: {Message}" : $"{Source}:{Line}:{Column}: {Message}";
}
