namespace LeadRules;

/// <summary>The limits LeadRules enforces; going past one refuses the rule set, or gives the lead an error.</summary>
public static class Limits
{
    /// <summary>The largest rule file, in bytes.</summary>
    public const int RuleFileBytes = 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays in a rule file.</summary>
    public const int RuleFileDepth = 32;

    /// <summary>The most rules in one workflow, nested rules included.</summary>
    public const int RulesPerWorkflow = 1_000;

    /// <summary>The most <c>GlobalParams</c> or <c>LocalParams</c> in one place.</summary>
    public const int ParamsPerScope = 100;

    /// <summary>The longest expression, in characters.</summary>
    public const int ExpressionLength = 4_000;

    /// <summary>The deepest nesting of parentheses and brackets (and runs of unary operators) in an expression.</summary>
    public const int ExpressionDepth = 32;

    /// <summary>
    /// The most operators all the expressions of a rule set may hold together: an arithmetic operator character
    /// (<c>+ - * / %</c>) counts 3; every other operator character, opening bracket, comma, member dot and keyword
    /// operator (<c>and</c>, <c>in</c>...) counts 1. The parser resolves each operator's overloads by reflection, so
    /// this keeps the load of any rule file within the limits under a second.
    /// </summary>
    public const int OperatorsPerRuleSet = 5_000;

    /// <summary>
    /// The most work all the expressions of a rule set may cost for one lead, in units of about one step over one
    /// character (see the README's security model); a rule set whose bound is higher is refused at load.
    /// </summary>
    public const int WorkPerLead = 10_000_000;

    /// <summary>The most bytes of strings all the expressions of a rule set may allocate for one lead; a rule set whose bound is higher is refused at load.</summary>
    public const int MemoryPerLead = 16 * 1024 * 1024;

    /// <summary>The most contact points in one lead.</summary>
    public const int ContactPointsPerLead = 10_000;

    /// <summary>The largest <c>count</c> of one contact point, so counts can never overflow when they are added up.</summary>
    public const int CountPerContactPoint = 100_000;

    /// <summary>The most strategy uses in one lead's history.</summary>
    public const int HistoryPerLead = 1_000;

    /// <summary>The most attributes in one lead.</summary>
    public const int AttributesPerLead = 200;

    /// <summary>The longest id, type, channel, strategy, attribute name or text attribute, in characters.</summary>
    public const int TextLength = 1_000;

    /// <summary>The longest NDJSON line, in characters.</summary>
    public const int LineLength = 1024 * 1024;
}
