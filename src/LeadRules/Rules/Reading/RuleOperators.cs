using System;
using System.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>
/// The <c>Operator</c> names over nested rules, as RulesEngine 6 runs them: <c>And</c>, <c>AndAlso</c>, <c>Or</c>,
/// <c>OrElse</c>, case-sensitively (its validator lets <c>and</c> through, but it then runs the rule as an expression
/// that is missing, so the rule always fails).
/// </summary>
internal static class RuleOperators
{
    public static readonly string[] All = { "And", "AndAlso", "Or", "OrElse" };

    /// <summary>Whether the operator needs every nested rule to hold.</summary>
    public static bool IsAll(string op) => op.StartsWith("And", StringComparison.Ordinal);

    /// <summary>What is wrong with <paramref name="op"/> and how to write it, or <see langword="null"/> when RulesEngine runs it.</summary>
    public static string? Problem(string op)
    {
        if (All.Contains(op))
        {
            return null;
        }

        var trimmed = op.Trim();
        var written = All.FirstOrDefault(o => string.Equals(o, trimmed, StringComparison.OrdinalIgnoreCase));
        if (written is not null)
        {
            return $"'Operator' must be written '{written}', not '{op}': RulesEngine reads operator names case-sensitively and would fail the rule.";
        }

        var symbol = trimmed switch
        {
            "&&" => "AndAlso",
            "&" => "And",
            "||" => "OrElse",
            "|" => "Or",
            _ => null,
        };
        return symbol is null
            ? $"'Operator' must be one of {string.Join(", ", All)}, not '{op}'."
            : $"'Operator' must be a name, not the symbol '{op}': write '{symbol}'.";
    }
}
