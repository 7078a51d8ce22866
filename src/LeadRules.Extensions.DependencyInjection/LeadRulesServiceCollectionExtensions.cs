using System;
using LeadRules;
using LeadRules.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LeadRules in a service collection.</summary>
public static class LeadRulesServiceCollectionExtensions
{
    /// <summary>Registers LeadRules with default options: the embedded default rule set (see the overload that takes options).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddLeadRules(this IServiceCollection services) => services.AddLeadRules((Action<LeadRulesOptions>?)null);

    /// <summary>
    /// Registers <see cref="LeadRulesScorer"/> as a singleton, with <see cref="LeadRulesOptions"/> validated when the
    /// host starts (every problem in one <see cref="OptionsValidationException"/>) and <see cref="TimeProvider.System"/>
    /// unless a <see cref="TimeProvider"/> is registered. Inject <see cref="LeadRulesScorer"/> or <see cref="ILeadScorer"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for the defaults (the embedded default rule set).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddLeadRules(this IServiceCollection services, Action<LeadRulesOptions>? configure)
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
        services.TryAddSingleton<ILeadScorer>(provider => provider.GetRequiredService<LeadRulesScorer>());
        return services;
    }

    /// <summary>
    /// Registers LeadRules as <see cref="AddLeadRules(IServiceCollection, Action{LeadRulesOptions})"/> does, with the options
    /// bound from <paramref name="configuration"/> (such as <c>builder.Configuration.GetSection("LeadRules")</c>). Enum
    /// values are given by name; a key that names no option fails at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding <see cref="LeadRulesOptions"/>' properties.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddLeadRules(this IServiceCollection services, IConfiguration configuration) =>
        services.AddLeadRules(configuration, _ => { });

    /// <summary>
    /// Registers LeadRules with the options bound from <paramref name="configuration"/>, then set by
    /// <paramref name="configure"/> (for what configuration cannot hold, such as <see cref="LeadRulesOptions.RulesStream"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding <see cref="LeadRulesOptions"/>' properties.</param>
    /// <param name="configure">Sets the options after binding.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddLeadRules(this IServiceCollection services, IConfiguration configuration, Action<LeadRulesOptions> configure)
    {
        if (services is null || configuration is null)
        {
            throw new ArgumentNullException(services is null ? nameof(services) : nameof(configuration));
        }

        services.AddOptions<LeadRulesOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return services.AddLeadRules(configure);
    }
}
