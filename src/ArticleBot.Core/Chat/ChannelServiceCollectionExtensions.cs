using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Chat;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ChannelPolicy"/> with section <c>ArticleBot:Channels</c>, validated on start.
    /// Every adapter calls it and so does the host; only the first call registers anything.</summary>
    public static IServiceCollection AddChannelPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ChannelPolicy)))
        {
            return services;
        }

        var section = configuration.GetSection(ChannelOptions.Section);
        services.AddOptions<ChannelOptions>()
            .Configure(options =>
            {
                // Bound by hand: the section is the dictionary itself, not an object holding one.
                foreach (var entry in section.GetChildren())
                {
                    var settings = new ChannelSettings();
                    entry.Bind(settings);
                    options.Channels[entry.Key] = settings;
                    // A misspelt setting would otherwise be ignored without a word; the validator names it.
                    options.UnknownKeys.AddRange(entry.GetChildren().Where(child => !ChannelOptions.SettingNames.Contains(child.Key)).Select(child => child.Path));
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelOptions>, ChannelOptionsValidator>());
        services.AddSingleton<ChannelPolicy>();
        return services;
    }
}
