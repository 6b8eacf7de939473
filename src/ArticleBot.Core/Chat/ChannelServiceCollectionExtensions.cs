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
            .Configure(options => ChannelOptions.Bind(section, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelOptions>, ChannelOptionsValidator>());
        services.AddSingleton<ChannelPolicy>();
        return services;
    }
}
