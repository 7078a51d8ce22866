namespace LeadRules.Rules.Reading;

/// <summary>How problems name a rule: its name, or for a nested rule the names from the top-level rule down, <c>rule/nested</c>.</summary>
internal static class RulePath
{
    public static string? Of(string? parent, string? name) => parent is null ? name : parent + "/" + (name ?? "?");
}
