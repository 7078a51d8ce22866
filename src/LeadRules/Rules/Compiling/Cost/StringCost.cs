using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

namespace LeadRules.Rules.Compiling.Cost;

/// <summary>
/// The cost model of the <see cref="string"/> members an expression may use: copying and joining cost the
/// characters they write, a search costs the product of its strings' lengths, a comparison their sum, and
/// culture-sensitive comparing (the default of <c>IndexOf(string)</c>, <c>StartsWith</c>, <c>EndsWith</c>,
/// <c>Compare</c>, <c>CompareTo</c>, <c>ToUpper</c>, <c>ToLower</c>) <see cref="CultureFactor"/> times more.
/// </summary>
internal static class StringCost
{
    /// <summary>How many times more a culture-sensitive step costs than an ordinal one (ICU collation against a char compare).</summary>
    public const int CultureFactor = 8;

    private static readonly HashSet<string> CultureByDefault = new(StringComparer.Ordinal)
    {
        "IndexOf", "LastIndexOf", "StartsWith", "EndsWith", "Compare", "CompareTo", "ToLower", "ToUpper",
    };

    /// <summary>
    /// The cost of <paramref name="call"/>, a member of <see cref="string"/>, given the longest string of each
    /// operand (the instance first, then the arguments; 0 for operands that are not strings); <see langword="null"/>
    /// for a member the model does not know.
    /// </summary>
    public static StringOp? Of(MethodCallExpression call, IReadOnlyList<double> lengths)
    {
        var n = lengths.Count > 0 ? lengths[0] : 0;
        var m = lengths.Count > 1 ? lengths[1] : 0;
        var sum = lengths.Sum();
        var searchesChar = call.Arguments.Any(a => a.Type == typeof(char));
        var culture = Culture(call);
        var factor = culture ? CultureFactor : 1;
        return call.Method.Name switch
        {
            "Concat" => new StringOp(sum, sum, sum, false),
            "Substring" => Copy(SubstringLength(call, n), false),
            "Trim" or "TrimStart" or "TrimEnd" or "ToLowerInvariant" or "ToUpperInvariant" => Copy(n, false),
            "ToLower" or "ToUpper" => Copy(n, culture),
            "ToString" => new StringOp(1, 0, n, false),
            "get_Chars" or "IsNullOrEmpty" => new StringOp(1, 0, 0, false),
            "IsNullOrWhiteSpace" => new StringOp(n, 0, 0, false),
            "Equals" or "op_Equality" or "op_Inequality" or "CompareOrdinal" or "Compare" or "CompareTo" => new StringOp(sum * factor, 0, 0, culture),
            "StartsWith" or "EndsWith" => new StringOp((searchesChar ? 1 : sum) * factor, 0, 0, culture),
            "Contains" or "IndexOf" or "LastIndexOf" => new StringOp(n * (searchesChar ? 1 : Math.Max(m, 1)) * factor, 0, 0, culture),
            _ => null,
        };
    }

    private static StringOp Copy(double length, bool culture) => new(length * (culture ? CultureFactor : 1), length, length, culture);

    /// <summary><c>Substring(start, length)</c> with a literal length gives at most that many characters.</summary>
    private static double SubstringLength(MethodCallExpression call, double n) =>
        call.Arguments.Count == 2 && call.Arguments[1] is ConstantExpression { Value: int length } ? Math.Min(n, Math.Max(length, 0)) : n;

    /// <summary>
    /// Whether the call compares culture-sensitively: by its <see cref="StringComparison"/> argument when it has one
    /// (anything but a literal <c>Ordinal</c> or <c>OrdinalIgnoreCase</c> counts as culture-sensitive), else by the
    /// member's default; <c>IndexOf(char)</c> is ordinal.
    /// </summary>
    private static bool Culture(MethodCallExpression call)
    {
        var parameters = call.Method.GetParameters();
        var comparison = Array.FindIndex(parameters, p => p.ParameterType == typeof(StringComparison));
        if (comparison >= 0)
        {
            var argument = call.Arguments[comparison] is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : call.Arguments[comparison];
            return argument is not ConstantExpression { Value: StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase or (int)StringComparison.Ordinal or (int)StringComparison.OrdinalIgnoreCase };
        }

        var searchesChar = parameters.Length > 0 && parameters[0].ParameterType == typeof(char);
        return CultureByDefault.Contains(call.Method.Name) && !searchesChar;
    }
}
