using System;
using Microsoft.Extensions.Logging;

namespace LeadRules.Extensions.DependencyInjection;

/// <summary>The log events of LeadRules, with stable ids: 1 loaded, 2 reloaded, 3 reload refused, 4 batch assessed.</summary>
internal static class Log
{
    private static readonly Action<ILogger, string, string, string, string, Exception?> RulesLoadedMessage =
        LoggerMessage.Define<string, string, string, string>(LogLevel.Information, new EventId(1, "RulesLoaded"), "Loaded rule set {Name} {Version} (sha256 {Hash}) from {Source}");

    private static readonly Action<ILogger, string, string, string, Exception?> RulesReloadedMessage =
        LoggerMessage.Define<string, string, string>(LogLevel.Information, new EventId(2, "RulesReloaded"), "Reloaded rules: {Previous} replaced by {Current} from {Source}");

    private static readonly Action<ILogger, string, string, Exception?> ReloadRefusedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(3, "ReloadRefused"), "Refused the changed rule file; {Serving} keeps serving. {Problems}");

    private static readonly Action<ILogger, int, int, long, string, Exception?> BatchAssessedMessage =
        LoggerMessage.Define<int, int, long, string>(LogLevel.Information, new EventId(4, "BatchAssessed"), "Assessed {Count} leads ({Failed} with errors) in {Milliseconds} ms with {RuleSet}");

    public static void RulesLoaded(ILogger logger, RuleSetStamp stamp, string source) => RulesLoadedMessage(logger, stamp.Name, stamp.Version, stamp.Hash, source, null);

    public static void RulesReloaded(ILogger logger, RuleSetStamp previous, RuleSetStamp current, string source) =>
        RulesReloadedMessage(logger, previous.ToString(), current.ToString(), source, null);

    public static void ReloadRefused(ILogger logger, RuleSetStamp serving, string problems) => ReloadRefusedMessage(logger, serving.ToString(), problems, null);

    public static void BatchAssessed(ILogger logger, int count, int failed, long milliseconds, RuleSetStamp rules) =>
        BatchAssessedMessage(logger, count, failed, milliseconds, rules.ToString(), null);
}
