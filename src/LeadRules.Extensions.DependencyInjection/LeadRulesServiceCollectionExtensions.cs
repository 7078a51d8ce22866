using System;
using LeadRules.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadRules in a service collection.</summary>
public static class LeadRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LeadRulesScorer"/> as a singleton, with <see cref="LeadRulesOptions"/> validated when the
    /// host starts (every problem in one <see cref="OptionsValidationException"/>) and <see cref="TimeProvider.System"/>
    /// unless a <see cref="TimeProvider"/> is registered.
    /// </summary>
    public static IServiceCollection AddLeadRules(this IServiceCollection services, Action<LeadRulesOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<LeadRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeadRulesOptions>, LeadRulesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new LeadRulesScorer(
            provider.GetRequiredService<IOptionsMonitor<LeadRulesOptions>>(),
            provider.GetService<ILogger<LeadRulesScorer>>() ?? NullLogger<LeadRulesScorer>.Instance,
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
