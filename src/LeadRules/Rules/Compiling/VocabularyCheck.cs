using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;

namespace LeadRules.Rules.Compiling;

/// <summary>Finds literal contact-point types, channel groups and consent channels in an expression that the vocabulary does not have.</summary>
internal sealed class VocabularyCheck : ExpressionVisitor
{
    private static readonly string[] ConsentChannels = { "email", "phone", "mail" };

    private readonly Vocabulary _vocabulary;
    private readonly List<string> _problems = new();

    private VocabularyCheck(Vocabulary vocabulary) => _vocabulary = vocabulary;

    public static IReadOnlyList<string> Find(Expression expression, Vocabulary vocabulary)
    {
        var check = new VocabularyCheck(vocabulary);
        check.Visit(expression);
        return check._problems;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Object?.Type == typeof(LeadProfile) && node.Arguments.Count > 0 && node.Arguments[0] is ConstantExpression { Value: string name })
        {
            switch (node.Method.Name)
            {
                case nameof(LeadProfile.Count) or nameof(LeadProfile.Within) or nameof(LeadProfile.DaysSince) when _vocabulary.TypeIndex(name) < 0:
                    _problems.Add($"lead.{node.Method.Name}(\"{name}\"): '{name}' is not a contact-point type of the vocabulary{Closest(name, _vocabulary.ContactPointTypes)}.");
                    break;
                case nameof(LeadProfile.GroupCount) or nameof(LeadProfile.GroupWithin) when _vocabulary.GroupIndex(name) < 0:
                    _problems.Add($"lead.{node.Method.Name}(\"{name}\"): '{name}' is not a channel group; the groups are {string.Join(", ", _vocabulary.Groups)}.");
                    break;
                case nameof(LeadProfile.Consent) when !ConsentChannels.Contains(name):
                    _problems.Add($"lead.Consent(\"{name}\"): consent channels are email, phone and mail.");
                    break;
            }
        }

        return base.VisitMethodCall(node);
    }

    private static string Closest(string name, IEnumerable<string> known)
    {
        var best = known.OrderBy(k => Distance(name, k)).First();
        return Distance(name, best) <= 3 ? $" (did you mean '{best}'?)" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
