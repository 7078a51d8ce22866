namespace LeadRules.Leads;

/// <summary>An attribute name that rules read with a literal, and how.</summary>
internal sealed record AttributeRead(string Name, AttributeReadKind Kinds);
