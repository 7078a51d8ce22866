using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;

namespace LeadRules.Rules.Compiling.Cost;

/// <summary>
/// Bounds one evaluation of a parsed expression from above. Every node costs one unit; <see cref="string"/> members
/// cost what <see cref="StringCost"/> says; <c>lead</c> members cost one unit plus the length of the name they look
/// up. A string's length is tracked through every operator, member, conditional and parameter: <c>lead.Text</c>
/// and <c>lead.Id</c> give up to <see cref="Limits.TextLength"/> characters, a literal its own length, a parameter
/// the bound of its value, <c>ToString()</c> of a value up to <see cref="ValueTextLength"/>. A conditional costs its
/// test and the costlier branch; <c>&amp;&amp;</c> and <c>||</c> cost both sides.
/// </summary>
internal sealed class ExpressionCost
{
    /// <summary>The longest text of a number, date, time span or other value's <c>ToString()</c>.</summary>
    public const int ValueTextLength = 64;

    /// <summary>Bounds saturate here, far above any budget, so that they never overflow to infinity.</summary>
    private const double Cap = 1e18;

    private const double BytesPerChar = 2;
    private const double BytesPerString = 24;

    private static readonly int TemperatureLength = new[] { Temperature.Cold, Temperature.Warm, Temperature.Qualified }.Max(t => t.ToName().Length);

    private readonly IReadOnlyDictionary<ParameterExpression, double> _lengths;
    private double _work;
    private double _bytes;
    private Step? _costliest;
    private string? _unknown;

    private ExpressionCost(IReadOnlyDictionary<ParameterExpression, double> lengths) => _lengths = lengths;

    /// <summary>The bound of <paramref name="expression"/>, given the bounds of the parameters' string lengths.</summary>
    public static Bound Of(Expression expression, IReadOnlyDictionary<ParameterExpression, double> lengths)
    {
        var cost = new ExpressionCost(lengths);
        var length = cost.Measure(expression);
        return new Bound(cost._work, cost._bytes, length, cost._costliest, cost._unknown);
    }

    /// <summary>Adds the node's work and allocations; returns the most characters of its string (0 for other values).</summary>
    private double Measure(Expression node)
    {
        Add(1, 0);
        switch (node)
        {
            case ConstantExpression constant:
                return constant.Value is string text ? text.Length : 0;
            case ParameterExpression parameter:
                return Parameter(parameter);
            case MemberExpression member:
                return Member(member);
            case MethodCallExpression call:
                return Call(call, call.Method.Name == nameof(string.Concat) && call.Method.DeclaringType == typeof(string) ? "+" : call.Method.Name, (call.Object is null ? call.Arguments : call.Arguments.Prepend(call.Object)).ToList());
            case BinaryExpression binary when binary.NodeType == ExpressionType.Coalesce:
                return Math.Max(Measure(binary.Left), Measure(binary.Right));
            case BinaryExpression { Method: { DeclaringType: var type } method } binary when type == typeof(string):
                return Call(Expression.Call(method, binary.Left, binary.Right), Operator(binary), new List<Expression> { binary.Left, binary.Right });
            case BinaryExpression binary:
                Measure(binary.Left);
                Measure(binary.Right);
                return 0;
            case ConditionalExpression conditional:
                Measure(conditional.Test);
                return Costlier(conditional.IfTrue, conditional.IfFalse);
            case UnaryExpression unary:
                return Measure(unary.Operand);
            case TypeBinaryExpression test:
                Measure(test.Expression);
                return 0;
            case NewExpression create:
                foreach (var argument in create.Arguments)
                {
                    Measure(argument);
                }

                return 0;
            default:
                return Unknown($"a {node.NodeType} expression");
        }
    }

    private double Parameter(ParameterExpression parameter) =>
        _lengths.TryGetValue(parameter, out var length) ? length
        : parameter.Type != typeof(string) ? 0
        : parameter.Name == ExpressionInputs.Temperature ? TemperatureLength
        : Unknown($"the parameter '{parameter.Name}'");

    private double Member(MemberExpression member)
    {
        var length = member.Expression is null ? 0 : Measure(member.Expression);
        if (member.Type != typeof(string))
        {
            return 0;
        }

        return member.Member.DeclaringType == typeof(LeadProfile) ? Limits.TextLength
            : member.Member.DeclaringType == typeof(string) && member.Member.Name == nameof(string.Empty) ? 0
            : Unknown($"{member.Member.DeclaringType?.Name}.{member.Member.Name}");
    }

    private double Call(MethodCallExpression call, string name, IReadOnlyList<Expression> operands)
    {
        var lengths = operands.Select(Measure).ToList();
        var strings = operands.Select((o, i) => (o, i)).Where(x => IsString(x.o)).Select(x => lengths[x.i]).ToList();
        var type = call.Method.DeclaringType;
        if (type == typeof(string))
        {
            if (StringCost.Of(call, lengths) is not { } op)
            {
                return Unknown($"String.{call.Method.Name}");
            }

            Add(op.Work, op.NewChars, $"'{name}' on {Strings(strings)}{(op.Culture ? ", culture-sensitive" : string.Empty)}");
            return op.Length;
        }

        if (type == typeof(LeadProfile))
        {
            // A name is hashed to be looked up; the lead's texts are at most Limits.TextLength long.
            Add(strings.Sum(), 0, $"'lead.{name}' looking up {Strings(strings)}");
            return call.Type == typeof(string) ? Limits.TextLength : 0;
        }

        if (call.Type == typeof(string))
        {
            Add(ValueTextLength, ValueTextLength, $"'{name}' writing up to {ValueTextLength} characters");
            return ValueTextLength;
        }

        return 0;
    }

    /// <summary>Measures both branches, keeping the costlier's work and allocations (each may come from another branch).</summary>
    private double Costlier(Expression first, Expression second)
    {
        var (work, bytes) = (_work, _bytes);
        var firstLength = Measure(first);
        var (firstWork, firstBytes) = (_work, _bytes);
        (_work, _bytes) = (work, bytes);
        var secondLength = Measure(second);
        (_work, _bytes) = (Math.Max(_work, firstWork), Math.Max(_bytes, firstBytes));
        return Math.Max(firstLength, secondLength);
    }

    private void Add(double work, double newChars, string? what = null)
    {
        _work = Math.Min(Cap, _work + work);
        _bytes = newChars > 0 ? Math.Min(Cap, _bytes + (newChars * BytesPerChar) + BytesPerString) : _bytes;
        if (what is not null && work > (_costliest?.Work ?? 1))
        {
            _costliest = new Step(Math.Min(Cap, work), what);
        }
    }

    private double Unknown(string what)
    {
        _unknown ??= $"uses {what}, whose cost LeadRules cannot bound.";
        return Cap;
    }

    private static bool IsString(Expression operand) =>
        operand.Type == typeof(string) || operand is UnaryExpression { Operand.Type: var type } && type == typeof(string);

    private static string Operator(BinaryExpression binary) => binary.NodeType switch
    {
        ExpressionType.Add => "+",
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        _ => binary.Method!.Name,
    };

    private static string Strings(IReadOnlyList<double> lengths) => lengths.Count switch
    {
        0 => "no string",
        1 => $"a string of up to {Amount.Text(lengths[0])} characters",
        _ => $"strings of up to {string.Join(", ", lengths.Take(lengths.Count - 1).Select(Amount.Text))} and {Amount.Text(lengths[lengths.Count - 1])} characters",
    };
}
