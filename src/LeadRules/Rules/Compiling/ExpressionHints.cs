using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using LeadRules.Expressions;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Turns the expression parser's "unknown name" errors into what is wrong in a rule's words and how to fix it: the
/// member of <c>lead</c> or the name in scope that was probably meant, and that RulesEngine's <c>input1</c> is <c>lead</c>.
/// </summary>
internal static class ExpressionHints
{
    private static readonly Regex UnknownIdentifier = new("^(?:Unknown identifier|Type) '([^']+)'(?: not found)?$", RegexOptions.Compiled);
    private static readonly Regex NoMember = new("^No (applicable method|property or field) '([^']+)' exists in type 'LeadProfile'$", RegexOptions.Compiled);
    private static readonly Regex RulesEngineInput = new("^(input[0-9]*|inputs|utils)$", RegexOptions.Compiled);

    private static readonly Regex StringLiteral = new("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", RegexOptions.Compiled);

    private static readonly Dictionary<string, string> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = "'and' or '&&'", ["or"] = "'or' or '||'", ["not"] = "'not' or '!'",
    };

    private static readonly MethodInfo[] LeadMethods = typeof(LeadProfile)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).ToArray();

    private static readonly string[] LeadMembers = LeadMethods.Select(m => m.Name)
        .Concat(typeof(LeadProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name))
        .ToArray();

    /// <summary>
    /// The problem for a parse error <paramref name="message"/> at 0-based <paramref name="position"/> of <paramref name="text"/>,
    /// where <paramref name="scope"/> are the names the expression sees.
    /// </summary>
    public static string Describe(string message, int position, string text, IReadOnlyList<string> scope)
    {
        var where = $"(at character {position + 1} of \"{Formatting.Shorten(text, 80)}\")";
        var identifier = UnknownIdentifier.Match(message);
        var member = NoMember.Match(message);

        // With lead as its only input, the parser looks a bare name up on lead: that too is a name not in scope.
        var unknown = identifier.Success ? identifier.Groups[1].Value
            : member.Success && !IsMemberAccess(text, position) ? member.Groups[2].Value
            : null;
        if (unknown is not null)
        {
            where = $"(at character {Locate(text, unknown, position) + 1} of \"{Formatting.Shorten(text, 80)}\")";
            var names = string.Join(", ", scope);
            return RulesEngineInput.IsMatch(unknown)
                ? $"'{unknown}' is not defined {where}; LeadRules expressions name their input 'lead', not {unknown} as RulesEngine examples do: the names here are {names}."
                : $"'{unknown}' is not defined {where}; " + (Closest(unknown, scope) is { } near ? $"did you mean '{near}'?" : $"the names here are {names}.");
        }

        if (member.Success)
        {
            var name = member.Groups[2].Value;
            var overloads = LeadMethods.Where(m => m.Name == name).Select(Signature).ToList();
            if (overloads.Count > 0)
            {
                return $"lead.{name} cannot take these arguments {where}; it is lead.{string.Join(" or lead.", overloads)}.";
            }

            var kind = member.Groups[1].Value == "applicable method" ? "method" : "property";
            return $"lead has no {kind} '{name}' {where}; "
                + (Closest(name, LeadMembers) is { } near ? $"did you mean '{near}'?" : $"its members are {string.Join(", ", LeadMembers)}.");
        }

        if (message == "Syntax error" && WordAt(text, position) is { } word && Operators.TryGetValue(word, out var write))
        {
            return $"'{word}' is not an operator in expressions {where}; write {write}: the operators are and, or, not (lower case) or &&, ||, !.";
        }

        return $"{message} {where}.";
    }

    /// <summary>The one candidate nearest to <paramref name="name"/>, if it is near enough to be a slip of the keyboard.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var bound = name.Length <= 4 ? 1 : name.Length <= 8 ? 2 : 3;
        var best = candidates
            .Select(c => (Candidate: c, Distance: string.Equals(c, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, c, bound)))
            .Where(c => c.Distance <= bound)
            .OrderBy(c => c.Distance)
            .ToList();
        return best.Count > 0 && (best.Count == 1 || best[0].Distance < best[1].Distance) ? best[0].Candidate : null;
    }

    /// <summary>Where <paramref name="text"/> first uses the name on its own (not as a member <c>x.name</c>, not in a string literal), or -1.</summary>
    public static int FirstUse(string text, string name)
    {
        var blanked = StringLiteral.Replace(text, m => new string(' ', m.Length));
        var use = Regex.Match(blanked, $"(?<![A-Za-z0-9_.]){Regex.Escape(name)}(?![A-Za-z0-9_])");
        return use.Success ? use.Index : -1;
    }

    private static int Locate(string text, string name, int position) => FirstUse(text, name) is var use && use >= 0 ? use : position;

    private static string? WordAt(string text, int position)
    {
        var word = Regex.Match(text.Substring(Math.Min(position, text.Length)), "^[A-Za-z]+");
        return word.Success ? word.Value : null;
    }

    private static bool IsMemberAccess(string text, int position)
    {
        var i = Math.Min(position, text.Length) - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == '.';
    }

    private static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => $"{Keyword(p.ParameterType)} {p.Name}"))})";

    private static string Keyword(Type type) => type == typeof(string) ? "string" : type == typeof(double) ? "double" : type.Name;

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>; above <paramref name="bound"/>, any number above it.</summary>
    private static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
