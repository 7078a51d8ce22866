using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadRules.Rules.Definitions;
using LeadRules.Rules.Reading;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Compiling;

/// <summary>Reads and checks the LeadRules settings in a rule's <c>Properties</c>, per workflow role.</summary>
internal static class RuleProperties
{
    public const double MaxPoints = 1_000_000;

    /// <summary>
    /// The shortest half-life and the shortest cool-down but none, in days (14.4 minutes): a shorter half-life fades
    /// any dated occurrence to nothing, and one near zero would overflow the fading rate into a score that is not a number.
    /// </summary>
    public const double MinDays = 0.01;

    /// <summary>The longest half-life and cool-down, in days (a hundred years).</summary>
    public const double MaxDays = 36_500;

    /// <summary>The smallest cap: scores have two decimals, so a smaller cap would always give 0.</summary>
    public const double MinCap = 0.01;
    private static readonly string[] ScoringFields = { "points", "pointsEach", "cap", "type", "halfLifeDays" };
    private static readonly string[] TemperatureFields = { "temperature", "owner" };
    private static readonly string[] StrategyFields = { "stages", "owner", "channel", "consent", "priority", "coolDownDays", "reason" };
    private static readonly string[] ConsentNames = { "email", "phone", "mail", "none" };

    public static ScoringPoints? Scoring(RuleSpec rule, ProblemList problems, Vocabulary vocabulary)
    {
        var p = Open(rule, problems, WorkflowNames.Scoring, ScoringFields);
        if (p is null)
        {
            return null;
        }

        var once = Bounded(p, "points", -MaxPoints, MaxPoints);
        var each = Bounded(p, "pointsEach", -MaxPoints, MaxPoints);
        var cap = Bounded(p, "cap", MinCap, MaxPoints);
        var halfLife = Bounded(p, "halfLifeDays", MinDays, MaxDays);
        var typeName = p.String("type", required: false);
        var type = typeName is null ? -1 : vocabulary.TypeIndex(typeName);
        if (typeName is not null && type < 0)
        {
            p.Problem(p.Property("type"), $"'Properties.type': '{typeName}' is not a contact-point type of the vocabulary.");
        }

        if (p.Property("points") is null == (p.Property("pointsEach") is null))
        {
            p.Problem(null, "a scoring rule gives either 'Properties.points' (once) or 'Properties.pointsEach' (per occurrence of 'type'); set exactly one.");
        }

        if (typeName is null && (p.Property("pointsEach") is not null || p.Property("halfLifeDays") is not null))
        {
            p.Problem(p.Property("pointsEach") ?? p.Property("halfLifeDays"), "'Properties.pointsEach' and 'Properties.halfLifeDays' count occurrences of a contact point: set 'Properties.type' too.");
        }

        return new ScoringPoints(once, each, cap, type, halfLife);
    }

    public static TemperatureRule? Temperature(RuleSpec rule, Condition? condition, ProblemList problems)
    {
        var p = Open(rule, problems, WorkflowNames.Temperature, TemperatureFields);
        if (p is null)
        {
            return null;
        }

        var temperatureName = p.String("temperature", required: true);
        var ownerName = p.String("owner", required: false);
        Temperature temperature = default;
        if (temperatureName is not null && !Names.TryParseTemperature(temperatureName, out temperature))
        {
            p.Problem(p.Property("temperature"), $"'Properties.temperature' must be cold, warm or qualified, not '{temperatureName}'.");
            return null;
        }

        var owner = temperature == LeadRules.Temperature.Qualified ? Owner.Sales : Owner.Marketing;
        if (ownerName is not null && !Names.TryParseOwner(ownerName, out owner))
        {
            p.Problem(p.Property("owner"), $"'Properties.owner' must be marketing or sales, not '{ownerName}'.");
            return null;
        }

        return temperatureName is null || condition is null ? null : new TemperatureRule(rule.Name, condition, temperature, owner);
    }

    public static StrategyTerms? Strategy(RuleSpec rule, ProblemList problems)
    {
        var p = Open(rule, problems, WorkflowNames.Strategies, StrategyFields);
        if (p is null)
        {
            return null;
        }

        var stages = new bool[3];
        var stagesJson = p.Array("stages", required: true);
        foreach (var item in stagesJson ?? new JArray())
        {
            if (item.Type == JTokenType.String && Names.TryParseTemperature((string?)item, out var stage))
            {
                stages[(int)stage] = true;
            }
            else
            {
                p.Problem(p.Property("stages"), $"'Properties.stages' lists temperatures (cold, warm, qualified), not {JsonObjectReader.Describe(item)}.");
            }
        }

        if (stagesJson is { Count: 0 })
        {
            p.Problem(p.Property("stages"), "'Properties.stages' is empty, so the strategy could never be recommended; list at least one temperature.");
        }

        var ownerName = p.String("owner", required: true);
        var owner = Owner.Marketing;
        if (ownerName is not null && !Names.TryParseOwner(ownerName, out owner))
        {
            p.Problem(p.Property("owner"), $"'Properties.owner' must be marketing or sales, not '{ownerName}'.");
        }

        var channel = p.String("channel", required: true);
        var consent = p.String("consent", required: true);
        if (consent is not null && !ConsentNames.Contains(consent))
        {
            p.Problem(p.Property("consent"), $"'Properties.consent' must be email, phone, mail or none, not '{consent}'.");
        }

        var priority = p.Integer("priority") ?? 0;
        var coolDown = Bounded(p, "coolDownDays", MinDays, MaxDays, orZero: true) ?? 0;
        var reason = p.String("reason", required: true);
        return channel is null || reason is null || consent is null
            ? null
            : new StrategyTerms(stages, owner, channel, consent == "none" ? null : consent, priority, coolDown, reason);
    }

    /// <summary>A reader over the rule's <c>Properties</c>, or <see langword="null"/> (with one problem) when it has none.</summary>
    private static JsonObjectReader? Open(RuleSpec rule, ProblemList problems, string workflow, IEnumerable<string> fields)
    {
        if (rule.Properties is null)
        {
            problems.Add(rule.Json, workflow, rule.Name, $"missing field 'Properties'; a {workflow} rule sets {string.Join(", ", fields)} there.");
            return null;
        }

        return new JsonObjectReader(rule.Properties, problems, workflow, rule.Name, "Properties.", fields);
    }

    private static double? Bounded(JsonObjectReader p, string name, double min, double max, bool orZero = false)
    {
        var value = p.Number(name);
        if (value is { } v && !(orZero && v == 0) && (v < min || v > max))
        {
            p.Problem(p.Property(name), $"'Properties.{name}' is {Text(v)}; it must be {(orZero ? "0 (none) or " : string.Empty)}at least {Text(min)} and at most {Text(max)}.");
            return null;
        }

        return value;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
