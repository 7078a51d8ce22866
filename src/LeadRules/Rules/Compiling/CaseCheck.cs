using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace LeadRules.Rules.Compiling;

/// <summary>
/// Finds members written in another case than their name (<c>lead.count</c> for <c>lead.Count</c>): the expression
/// parser resolves method names ignoring case even when told to be case-sensitive, and rule files must not depend on it.
/// </summary>
internal sealed class CaseCheck : ExpressionVisitor
{
    private static readonly Regex StringLiteral = new("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static readonly Regex MemberAccess = new(@"\.\s*([A-Za-z_][A-Za-z0-9_]*)");

    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Find(string text, Expression parsed)
    {
        var check = new CaseCheck();
        check.Visit(parsed);
        var problems = new List<string>();
        foreach (var written in MemberAccess.Matches(StringLiteral.Replace(text, "\"\"")).Cast<Match>().Select(m => m.Groups[1].Value).Distinct())
        {
            var actual = check._members.FirstOrDefault(m => string.Equals(m, written, StringComparison.OrdinalIgnoreCase));
            if (actual is not null && !check._members.Contains(written))
            {
                problems.Add($"'{written}' must be written '{actual}': names in expressions are case-sensitive.");
            }
        }

        return problems;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        _members.Add(node.Method.Name);
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        _members.Add(node.Member.Name);
        return base.VisitMember(node);
    }
}
