using System;

namespace LeadRules.Evaluation;

/// <summary>An expression that compiled failed while it ran for one lead (for example a division by zero).</summary>
internal sealed class RuleFailure : Exception
{
    public RuleFailure(string workflow, string rule, Exception inner)
        : base(Describe(workflow, rule, Innermost(inner).Message), inner)
    {
    }

    public RuleFailure(string workflow, string rule, string detail)
        : base(Describe(workflow, rule, detail))
    {
    }

    public static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    private static string Describe(string workflow, string rule, string detail) =>
        $"{workflow}/{rule}: the expression failed for this lead ({detail}); fix the rule or the lead.";
}
