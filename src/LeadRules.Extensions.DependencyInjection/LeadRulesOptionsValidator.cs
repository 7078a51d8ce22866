using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using LeadRules.Rules;
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

        if (options.ReloadPollInterval != Timeout.InfiniteTimeSpan && (options.ReloadPollInterval <= TimeSpan.Zero || options.ReloadPollInterval.TotalMilliseconds > uint.MaxValue - 1))
        {
            problems.Add($"LeadRules: ReloadPollInterval is {options.ReloadPollInterval}; it must be positive and at most 49 days, or Timeout.InfiniteTimeSpan to rely on the file watcher alone.");
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

        if (problems.Count == 0)
        {
            CheckRules(options, problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Loads the configured rules once, so a broken rule file stops the host at start-up, not at the first lead.</summary>
    private static void CheckRules(LeadRulesOptions options, List<string> problems)
    {
        try
        {
            if (options.RulesPath is { } path)
            {
                RuleSet.Load(path);
            }
            else if (options.RulesStream is { } open)
            {
                using var stream = open();
                RuleSet.Load(stream, "LeadRulesOptions.RulesStream");
            }
        }
        catch (RuleSetException error)
        {
            problems.Add("LeadRules: " + error.Message);
        }
#pragma warning disable CA1031 // Whatever the stream factory throws is reported as an options problem.
        catch (Exception error)
#pragma warning restore CA1031
        {
            problems.Add($"LeadRules: RulesStream failed: {error.Message}");
        }
    }
}
