using System;

namespace LeadRules.Evaluation;

/// <summary>
/// Recovers the .NET message of a failure from the text RulesEngine wraps it in, so that the reference engine
/// reports exactly what the compiled engine reports.
/// </summary>
internal static class RulesEngineMessage
{
    /// <summary>
    /// The message inside <paramref name="text"/>, a <c>RuleResultTree.ExceptionMessage</c> of the top-level rule
    /// <paramref name="rule"/>; <paramref name="global"/> says whether a <c>GlobalParams</c> entry failed.
    /// </summary>
    public static string Of(string rule, string text, bool global)
    {
        var expression = $"Error while executing rule : {rule} - ";
        if (text.StartsWith(expression, StringComparison.Ordinal))
        {
            return text.Substring(expression.Length);
        }

        var scoped = $"Error while executing scoped params for rule `{rule}` - ";
        if (text.StartsWith(scoped, StringComparison.Ordinal))
        {
            // A failed GlobalParams entry comes as its message; a failed LocalParams entry as the exception's
            // ToString(): "System.SomeException: message ---> inner...", then the stack trace.
            var rest = text.Substring(scoped.Length);
            return global ? rest : FromToString(rest);
        }

        return text;
    }

    private static string FromToString(string text)
    {
        var line = RuleFailure.FirstLine(text);
        var inner = line.IndexOf(" ---> ", StringComparison.Ordinal);
        if (inner >= 0)
        {
            line = line.Substring(0, inner);
        }

        var typed = line.IndexOf(": ", StringComparison.Ordinal);
        return typed < 0 ? string.Empty : line.Substring(typed + 2);
    }
}
