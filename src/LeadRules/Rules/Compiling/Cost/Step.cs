namespace LeadRules.Rules.Compiling.Cost;

/// <summary>One operation of an expression and its work, such as <c>'+' on strings of up to 1,000 and 1,000 characters</c>.</summary>
internal sealed record Step(double Work, string What);
