using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using LeadRules.Expressions;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// What a rule expression may touch, checked on the parsed tree when the rule set loads: the lead surface,
/// primitives, strings, <see cref="Math"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/> and
/// <see cref="TimeSpan"/> arithmetic, and a short list of pure members. Everything else (reflection, the clock,
/// randomness, delegates, sequences, members that allocate without bound) refuses the rule set, and so do the
/// members whose answer depends on the host (<see cref="HostIndependence"/>).
/// </summary>
internal sealed class ExpressionAllowList : ExpressionVisitor
{
    private static readonly HashSet<Type> ValueTypes = new()
    {
        typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan),
    };

    private static readonly HashSet<string> StringMembers = new(StringComparer.Ordinal)
    {
        "Length", "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "Substring", "Trim", "TrimStart", "TrimEnd",
        "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant", "Equals", "CompareTo", "Compare", "CompareOrdinal",
        "IsNullOrEmpty", "IsNullOrWhiteSpace", "Concat", "op_Equality", "op_Inequality", "get_Chars",
    };

    private static readonly HashSet<string> ClockMembers = new(StringComparer.Ordinal) { "Now", "UtcNow", "Today" };

    private readonly List<string> _problems = new();

    public static IReadOnlyList<string> Find(Expression expression)
    {
        var check = new ExpressionAllowList();
        check.Visit(expression);
        return check._problems.Concat(HostIndependence.Find(expression)).Distinct().ToList();
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var plainToString = node.Method.Name == "ToString" && node.Arguments.Count == 0 && node.Object is { } value && IsValue(value.Type);
        Check(node.Method, node.Method.DeclaringType, plainToString || IsAllowedMethod(node.Method));
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method && !method.IsSpecialName)
        {
            Check(method, method.DeclaringType, IsAllowedMethod(method));
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType;
        var allowed = type == typeof(LeadProfile)
            || (type == typeof(string) && StringMembers.Contains(node.Member.Name))
            || (type is not null && ValueTypes.Contains(type) && !ClockMembers.Contains(node.Member.Name))
            || type == typeof(Math)
            || (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(Nullable<>));
        Check(node.Member, type, allowed);
        return base.VisitMember(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Type != typeof(DateTime) && node.Type != typeof(TimeSpan) && node.Type != typeof(DateTimeOffset))
        {
            _problems.Add($"creates a {Name(node.Type)}, which rule expressions may not do: only dates and time spans may be created.");
        }

        return base.VisitNew(node);
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        _problems.Add("creates an array, which rule expressions may not do.");
        return base.VisitNewArray(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _problems.Add("contains a lambda or a query over a sequence, which rule expressions may not use.");
        return base.VisitLambda(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        _problems.Add("invokes a delegate, which rule expressions may not do.");
        return base.VisitInvocation(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is Type or MemberInfo or Delegate or Assembly)
        {
            _problems.Add($"uses the value '{node.Value}', a type or member: reflection is not allowed in rule expressions.");
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs && !IsValue(node.Type) && node.Type != typeof(object))
        {
            _problems.Add($"converts to {Name(node.Type)}, which rule expressions may not do.");
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        if (!IsValue(node.TypeOperand))
        {
            _problems.Add($"tests for the type {Name(node.TypeOperand)}, which rule expressions may not do.");
        }

        return base.VisitTypeBinary(node);
    }

    private static bool IsAllowedMethod(MethodInfo method)
    {
        var type = method.DeclaringType;
        if (method.Name == "ToString" && method.GetParameters().Length > 0)
        {
            // A format such as "D300000000" can allocate without bound.
            return false;
        }

        if (type == typeof(LeadProfile))
        {
            return method.IsPublic;
        }

        if (type == typeof(string))
        {
            // Concat joins a fixed number of strings the expression already holds, never a sequence.
            return StringMembers.Contains(method.Name) && (method.Name != "Concat" || method.GetParameters().All(p => p.ParameterType == typeof(string)));
        }

        if (type == typeof(Math))
        {
            return true;
        }

        return type is not null && ValueTypes.Contains(type) && !ClockMembers.Contains(method.Name)
            && method.Name is not ("Parse" or "TryParse" or "ParseExact" or "TryParseExact" or "GetType" or "FromBinary" or "FromFileTime" or "FromFileTimeUtc");
    }

    private static bool IsValue(Type type) => ValueTypes.Contains(Nullable.GetUnderlyingType(type) ?? type);

    private static string Name(Type? type) => type is null ? "?" : type.FullName ?? type.Name;

    private void Check(MemberInfo member, Type? type, bool allowed)
    {
        if (!allowed)
        {
            _problems.Add($"uses {Name(type)}.{member.Name}, which rule expressions may not use{Why(member, type)}. "
                + "Expressions may use the lead, numbers, strings, Math, dates and time spans.");
        }
    }

    private static string Why(MemberInfo member, Type? type) =>
        member.Name == "GetType" || typeof(MemberInfo).IsAssignableFrom(type) || type == typeof(Type) || type?.Namespace == "System.Reflection" || type == typeof(Assembly) || type == typeof(Activator)
            ? ": reflection is not allowed"
            : ClockMembers.Contains(member.Name) || type == typeof(Random) || type == typeof(Guid)
                ? ": scoring is a pure function of the lead and the as-of time, so the clock and randomness are out"
                : type == typeof(Enumerable) || type == typeof(Queryable)
                    ? ": sequences could run without bound"
                    : type == typeof(string)
                        ? ": it can allocate without bound"
                        : string.Empty;
}
