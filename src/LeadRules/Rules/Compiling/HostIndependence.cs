using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Refuses the members whose answer depends on the host (its time zone, its culture, its processor), each with
/// what to write instead, so that a rule set gives the same answer on every machine. Casing and formatting
/// that have an invariant twin (<c>ToUpper()</c>, <c>ToLower()</c>, <c>ToString()</c>) are not refused but
/// evaluated with the invariant culture by both engines.
/// </summary>
internal sealed class HostIndependence : ExpressionVisitor
{
    private const string Compares = "compares text by the host's culture";
    private const string Formats = "formats by the host's culture";
    private const string Zone = "depends on the host's time zone";
    private const string Processor = "depends on the processor";
    private const string IgnoreCase = ", or StringComparison.OrdinalIgnoreCase to ignore case";
    private const string Invariant = "ToString(), which is evaluated with the invariant culture";

    private static readonly Dictionary<(Type, string), (string Why, string Instead)> Members = new()
    {
        [(typeof(string), "IndexOf")] = (Compares, "write IndexOf(value, StringComparison.Ordinal)" + IgnoreCase),
        [(typeof(string), "LastIndexOf")] = (Compares, "write LastIndexOf(value, StringComparison.Ordinal)" + IgnoreCase),
        [(typeof(string), "StartsWith")] = (Compares, "write StartsWith(value, StringComparison.Ordinal)" + IgnoreCase),
        [(typeof(string), "EndsWith")] = (Compares, "write EndsWith(value, StringComparison.Ordinal)" + IgnoreCase),
        [(typeof(string), "CompareTo")] = (Compares, "write string.CompareOrdinal(a, b)"),
        [(typeof(string), "Compare")] = (Compares, "write string.CompareOrdinal(a, b)"),
        [(typeof(string), "ToUpper")] = (Formats, "write ToUpperInvariant()"),
        [(typeof(string), "ToLower")] = (Formats, "write ToLowerInvariant()"),
        [(typeof(DateTime), "ToLongDateString")] = (Formats, $"write {Invariant}, or use Year, Month and Day"),
        [(typeof(DateTime), "ToShortDateString")] = (Formats, $"write {Invariant}, or use Year, Month and Day"),
        [(typeof(DateTime), "ToLongTimeString")] = (Formats, $"write {Invariant}, or use Hour, Minute and Second"),
        [(typeof(DateTime), "ToShortTimeString")] = (Formats, $"write {Invariant}, or use Hour, Minute and Second"),
        [(typeof(DateTime), "GetDateTimeFormats")] = (Formats, $"write {Invariant}"),
        [(typeof(DateTime), "ToLocalTime")] = (Zone, "add a fixed offset with AddHours(hours)"),
        [(typeof(DateTimeOffset), "ToLocalTime")] = (Zone, "write ToOffset(TimeSpan.FromHours(hours)) with a fixed offset"),
        [(typeof(DateTimeOffset), "LocalDateTime")] = (Zone, "write UtcDateTime or DateTime"),
        [(typeof(DateTime), "ToUniversalTime")] = (Zone, "use the value as it is, since dates in expressions carry no time zone"),
        [(typeof(DateTime), "IsDaylightSavingTime")] = (Zone, "compare with fixed dates instead"),
        [(typeof(DateTime), "ToFileTime")] = (Zone, "use Ticks"),
        [(typeof(DateTime), "ToFileTimeUtc")] = (Zone, "use Ticks"),
        [(typeof(DateTime), "ToBinary")] = (Zone, "use Ticks"),
        [(typeof(DateTime), "SpecifyKind")] = (Zone, "leave the kind out, which only matters to conversions by the host's time zone"),
        [(typeof(DateTimeOffset), "op_Implicit")] = (Zone, "write DateTimeOffset(dateTime, TimeSpan.Zero)"),
        [(typeof(Math), "ReciprocalEstimate")] = (Processor, "write 1 / x"),
        [(typeof(Math), "ReciprocalSqrtEstimate")] = (Processor, "write 1 / Math.Sqrt(x)"),
    };

    private readonly List<string> _problems = new();

    public static IReadOnlyList<string> Find(Expression expression)
    {
        var check = new HostIndependence();
        check.Visit(expression);
        return check._problems;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var parameters = method.GetParameters();
        var comparison = Array.FindIndex(parameters, p => p.ParameterType == typeof(StringComparison));
        if (comparison >= 0)
        {
            CheckComparison(node.Arguments[comparison]);
        }
        else if (!IsInvariantlyEvaluated(method, parameters) && !IsOrdinal(method, parameters))
        {
            Check(method, method.DeclaringType, $"{method.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))})");
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        Check(node.Member, node.Member.DeclaringType, node.Member.Name);
        return base.VisitMember(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is { } method)
        {
            Check(method, method.DeclaringType, $"{method.Name}({node.Operand.Type.Name})");
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        var parameters = node.Constructor?.GetParameters() ?? Array.Empty<ParameterInfo>();
        if (parameters.Any(p => p.ParameterType == typeof(DateTimeKind)))
        {
            _problems.Add("creates a System.DateTime with a DateTimeKind, which only matters to conversions by the host's time zone: leave the kind out.");
        }
        else if (node.Type == typeof(DateTimeOffset) && parameters.Length == 1)
        {
            _problems.Add("creates a System.DateTimeOffset from a DateTime alone, which takes the host's time zone as its offset: write DateTimeOffset(dateTime, TimeSpan.Zero).");
        }

        return base.VisitNew(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        // The parser reads text compared with a date (lead.Text("x") > "2026-01-02") as a date, by the host's culture and time zone.
        if (node.Type == typeof(DateTime) || node.Type == typeof(DateTimeOffset) || node.Type == typeof(TimeSpan))
        {
            _problems.Add($"writes a {node.Type.Name} as text, which is read by the host's culture and time zone: write DateTime(2026, 1, 2), DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) or TimeSpan.FromDays(1) instead.");
        }

        return base.VisitConstant(node);
    }

    /// <summary>Parameterless <c>ToUpper()</c> and <c>ToLower()</c> of strings and chars, which both engines evaluate invariantly.</summary>
    private static bool IsInvariantlyEvaluated(MethodInfo method, ParameterInfo[] parameters) =>
        method.Name is "ToUpper" or "ToLower" && (method.DeclaringType == typeof(char) ? parameters.Length == 1 : parameters.Length == 0);

    /// <summary>Searches for a character, which are ordinal.</summary>
    private static bool IsOrdinal(MethodInfo method, ParameterInfo[] parameters) =>
        method.DeclaringType == typeof(string) && parameters.Length > 0 && parameters[0].ParameterType == typeof(char);

    private void CheckComparison(Expression argument)
    {
        if (argument is not ConstantExpression { Value: StringComparison value })
        {
            _problems.Add("chooses a StringComparison while it runs, which may compare text by the host's culture: write StringComparison.Ordinal" + IgnoreCase + ".");
        }
        else if (value is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            _problems.Add($"uses StringComparison.{value}, which {Compares}: write StringComparison.Ordinal{IgnoreCase}.");
        }
    }

    private void Check(MemberInfo member, Type? type, string name)
    {
        if (type is not null && Members.TryGetValue((type, member.Name), out var refusal))
        {
            _problems.Add($"uses {type.FullName}.{name}, which {refusal.Why}: {refusal.Instead}.");
        }
    }
}
