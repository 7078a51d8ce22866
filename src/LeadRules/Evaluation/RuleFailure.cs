using System;

namespace LeadRules.Evaluation;

/// <summary>
/// An expression that compiled failed while it ran for one lead (for example a division by zero). Both engines
/// describe it alike: the workflow, the rule (or <c>GlobalParams</c>) and the first line of the .NET message.
/// </summary>
internal sealed class RuleFailure : Exception
{
    public RuleFailure(string workflow, string rule, Exception inner)
        : base(Describe(workflow, rule, inner.Message), inner)
    {
    }

    public RuleFailure(string workflow, string rule, string message)
        : base(Describe(workflow, rule, message))
    {
    }

    /// <summary>The first line of a .NET message: some (an argument's actual value) add more lines, which an error row cannot hold.</summary>
    public static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return (end < 0 ? message : message.Substring(0, end)).TrimEnd();
    }

    public static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    private static string Describe(string workflow, string rule, string message) =>
        $"{workflow}/{rule}: the expression failed for this lead ({FirstLine(message)}); fix the rule or the lead.";
}
