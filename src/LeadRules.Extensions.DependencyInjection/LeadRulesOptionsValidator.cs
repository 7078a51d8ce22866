using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Options;

namespace LeadRules.Extensions.DependencyInjection;

/// <summary>Checks <see cref="LeadRulesOptions"/> and reports every problem at once.</summary>
internal sealed class LeadRulesOptionsValidator : IValidateOptions<LeadRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, LeadRulesOptions options)
    {
        var problems = new List<string>();
        if (options.RulesPath is not null && options.RulesStream is not null)
        {
            problems.Add("LeadRules: set RulesPath or RulesStream, not both.");
        }

        if (options.RulesPath is not null && !File.Exists(options.RulesPath))
        {
            problems.Add($"LeadRules: RulesPath '{options.RulesPath}' does not exist; give the path of a rule file, or leave it unset for the embedded default.");
        }

        if (options.ReloadOnChange && options.RulesPath is null)
        {
            problems.Add("LeadRules: ReloadOnChange watches RulesPath, which is not set.");
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            problems.Add($"LeadRules: MaxDegreeOfParallelism is {options.MaxDegreeOfParallelism}; it must be at least 1.");
        }

        if (!Enum.IsDefined(typeof(UnknownTypePolicy), options.UnknownTypes))
        {
            problems.Add($"LeadRules: UnknownTypes is {(int)options.UnknownTypes}, which is not a policy; use Error or Ignore.");
        }

        if (!Enum.IsDefined(typeof(EvaluationEngine), options.Engine))
        {
            problems.Add($"LeadRules: Engine is {(int)options.Engine}, which is not an engine; use Compiled or Reference.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
