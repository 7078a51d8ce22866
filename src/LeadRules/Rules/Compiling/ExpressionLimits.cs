namespace LeadRules.Rules.Compiling;

/// <summary>
/// Limits checked on an expression's text before it is parsed: the parser recurses per nesting level, and an
/// expression nested thousands deep would overflow the stack and end the whole process.
/// </summary>
internal static class ExpressionLimits
{
    private const int MaxLength = Limits.ExpressionLength;
    private const int MaxDepth = Limits.ExpressionDepth;

    /// <summary>What is wrong with <paramref name="text"/>, or <see langword="null"/> when it is within the limits.</summary>
    public static string? Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"is {text.Length:N0} characters long; the limit is {MaxLength:N0}. Split it with LocalParams or into several rules.";
        }

        var depth = 0;
        var unary = 0;
        var deepest = 0;
        var conditionals = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                // Inside a string or character literal: a backslash escapes the next character, whatever it is.
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            unary = c is '!' or '-' or '+' ? unary + 1 : char.IsWhiteSpace(c) ? unary : 0;
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            conditionals += c == '?' ? 1 : 0;
            deepest = System.Math.Max(deepest, depth + unary + conditionals);
        }

        return deepest > MaxDepth
            ? $"nests {deepest:N0} levels deep; the limit is {MaxDepth}. Name inner parts with LocalParams."
            : null;
    }
}
