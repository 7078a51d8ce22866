using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq.Expressions;

namespace LeadRules.Evaluation;

/// <summary>
/// Makes the compiled engine evaluate casing and formatting with the invariant culture, as the reference engine
/// does by running RulesEngine under it (<see cref="InvariantCultureScope"/>): <c>s.ToUpper()</c> becomes
/// <c>s.ToUpperInvariant()</c>, <c>char.ToLower(c)</c> becomes <c>char.ToLowerInvariant(c)</c>, and
/// <c>x.ToString()</c> of a number or a date becomes <c>x.ToString(CultureInfo.InvariantCulture)</c>.
/// </summary>
internal sealed class InvariantCulture : ExpressionVisitor
{
    private static readonly HashSet<Type> Formatted = new()
    {
        typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(float), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset),
    };

    private static readonly Expression Provider = Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider));

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        node = (MethodCallExpression)base.VisitMethodCall(node);
        var method = node.Method;
        if (method.Name is "ToUpper" or "ToLower")
        {
            if (method.DeclaringType == typeof(string) && node.Arguments.Count == 0 && node.Object is { } text)
            {
                return Expression.Call(text, method.Name + "Invariant", null);
            }

            if (method.DeclaringType == typeof(char) && node.Arguments.Count == 1)
            {
                return Expression.Call(typeof(char), method.Name + "Invariant", null, node.Arguments[0]);
            }
        }

        return method.Name == "ToString" && node.Arguments.Count == 0 && node.Object is { } value ? Format(value) ?? node : node;
    }

    private static Expression? Format(Expression value)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (!Formatted.Contains(type))
        {
            return null;
        }

        var method = type.GetMethod(nameof(ToString), new[] { typeof(IFormatProvider) })!;
        if (type == value.Type)
        {
            return Expression.Call(value, method, Provider);
        }

        // A nullable value: empty text when there is none, as Nullable<T>.ToString() gives.
        var held = Expression.Variable(value.Type, "held");
        return Expression.Block(
            typeof(string),
            new[] { held },
            Expression.Assign(held, value),
            Expression.Condition(
                Expression.Property(held, "HasValue"),
                Expression.Call(Expression.Property(held, "Value"), method, Provider),
                Expression.Constant(string.Empty)));
    }
}
