namespace LeadRules.Rules.Compiling;

/// <summary>
/// Limits checked on an expression's text before it is parsed: the parser recurses per nesting level, and an
/// expression nested thousands deep would overflow the stack and end the whole process; and the parser resolves
/// each operator's overloads by reflection, so the operators of a whole rule set are counted against a budget.
/// </summary>
internal static class ExpressionLimits
{
    private const int MaxLength = Limits.ExpressionLength;
    private const int MaxDepth = Limits.ExpressionDepth;

    /// <summary>An arithmetic operator searches the numeric overloads of every operand type, several times the work of another.</summary>
    private const int ArithmeticOperator = 3;

    /// <summary>
    /// What is wrong with <paramref name="text"/>, or <see langword="null"/> when it is within the limits;
    /// <paramref name="operators"/> is what it counts against <see cref="Limits.OperatorsPerRuleSet"/>.
    /// </summary>
    public static string? Check(string text, out int operators)
    {
        operators = 0;
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

            operators += Operators(text, ref i);
            unary = c is '!' or '-' or '+' ? unary + 1 : char.IsWhiteSpace(c) ? unary : 0;
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            conditionals += c == '?' ? 1 : 0;
            deepest = System.Math.Max(deepest, depth + unary + conditionals);
        }

        return deepest > MaxDepth
            ? $"nests {deepest:N0} levels deep; the limit is {MaxDepth}. Name inner parts with LocalParams."
            : null;
    }

    /// <summary>
    /// How many operators start at <paramref name="i"/>: an arithmetic operator character counts 3; every other operator
    /// character, opening bracket, comma and member dot counts 1, and so does a keyword operator (<c>and</c>, <c>or</c>,
    /// <c>not</c>, <c>in</c>, <c>is</c>, <c>as</c>);
    /// a word is skipped whole, leaving <paramref name="i"/> on its last character.
    /// </summary>
    private static int Operators(string text, ref int i)
    {
        var c = text[i];
        if (c is '+' or '-' or '*' or '/' or '%')
        {
            return ArithmeticOperator;
        }

        if (c is '<' or '>' or '=' or '!' or '&' or '|' or '^' or '~' or '?' or ':' or '(' or '[' or ',')
        {
            return 1;
        }

        if (c == '.')
        {
            // A decimal point is part of a number, not a member access.
            var word = i;
            while (word > 0 && char.IsLetterOrDigit(text[word - 1]))
            {
                word--;
            }

            return word < i && char.IsDigit(text[word]) ? 0 : 1;
        }

        if (!char.IsLetterOrDigit(c) && c != '_')
        {
            return 0;
        }

        var start = i;
        while (i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
        {
            i++;
        }

        var length = i - start + 1;
        if (length > 3)
        {
            return 0;
        }

        var keyword = text.Substring(start, length).ToLowerInvariant();
        return keyword is "and" or "or" or "not" or "in" or "is" or "as" ? 1 : 0;
    }
}
