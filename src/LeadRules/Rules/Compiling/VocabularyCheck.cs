using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using LeadRules.Expressions;

namespace LeadRules.Rules.Compiling;

/// <summary>Finds literal contact-point types, channel groups and consent channels in an expression that the vocabulary does not have.</summary>
internal sealed class VocabularyCheck : ExpressionVisitor
{
    private static readonly string[] ConsentChannels = { "email", "phone", "mail" };

    /// <summary>The most channel groups a message lists.</summary>
    private const int ListedGroups = 20;

    private readonly Vocabulary _vocabulary;
    private readonly NameSuggestions _suggestions;
    private readonly List<string> _problems = new();

    private VocabularyCheck(Vocabulary vocabulary, NameSuggestions suggestions)
    {
        _vocabulary = vocabulary;
        _suggestions = suggestions;
    }

    public static IReadOnlyList<string> Find(Expression expression, Vocabulary vocabulary, NameSuggestions suggestions)
    {
        var check = new VocabularyCheck(vocabulary, suggestions);
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
                    _problems.Add($"lead.{node.Method.Name}(\"{name}\"): '{name}' is not a contact-point type of the vocabulary{Hint(_suggestions.Closest(name, _vocabulary.ContactPointTypes))}.");
                    break;
                case nameof(LeadProfile.GroupCount) or nameof(LeadProfile.GroupWithin) when _vocabulary.GroupIndex(name) < 0:
                    _problems.Add($"lead.{node.Method.Name}(\"{name}\"): '{name}' is not a channel group; the groups are {Groups(_vocabulary.Groups)}.");
                    break;
                case nameof(LeadProfile.Consent) when !ConsentChannels.Contains(name):
                    _problems.Add($"lead.Consent(\"{name}\"): consent channels are email, phone and mail.");
                    break;
            }
        }

        return base.VisitMethodCall(node);
    }

    private static string Hint(string? closest) => closest is null ? string.Empty : $" (did you mean '{closest}'?)";

    private static string Groups(IReadOnlyList<string> groups) => groups.Count <= ListedGroups
        ? string.Join(", ", groups)
        : $"{string.Join(", ", groups.Take(ListedGroups))} and {groups.Count - ListedGroups:N0} more";
}
