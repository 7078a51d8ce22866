namespace LeadRules.Rules;

/// <summary>One thing wrong with a rule file, located by file, line, column, workflow and rule.</summary>
public sealed class RuleProblem
{
    internal RuleProblem(string source, int line, int column, string? workflow, string? rule, string message)
    {
        Source = source;
        Line = line;
        Column = column;
        Workflow = workflow;
        Rule = rule;
        Message = message;
    }

    /// <summary>The rule file's path, or the name given for a rule set read from a string or stream.</summary>
    public string Source { get; }

    /// <summary>The 1-based line, or 0 when the problem is not at one place.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when the problem is not at one place.</summary>
    public int Column { get; }

    /// <summary>The workflow's name, when the problem is inside one.</summary>
    public string? Workflow { get; }

    /// <summary>The rule's name, when the problem is inside one.</summary>
    public string? Rule { get; }

    /// <summary>What is wrong and what to do.</summary>
    public string Message { get; }

    /// <summary>The problem as one line, located.</summary>
    /// <returns><c>file:line:col: workflow/rule: message</c>, leaving out the workflow and rule when they are not known, and the line and column when the problem is with the file as a whole.</returns>
    public override string ToString()
    {
        var where = Workflow is null ? string.Empty : Rule is null ? Workflow + ": " : Workflow + "/" + Rule + ": ";
        return Line == 0 ? $"{Source}: {where}{Message}" : $"{Source}:{Line}:{Column}: {where}{Message}";
    }
}
