using ArticleBot.WebChat.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers the web chat's settings and the edge middleware (safe headers on every response, JSON errors instead
    /// of stack traces). The host must register an <see cref="Core.Answering.IQuestionAnswerer"/> itself.
    /// </summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A startup filter puts the middleware in front of whatever pipeline the host builds, so MapWebChat alone
        // is enough in Program.cs and responses the endpoints never see (404, 413 from Kestrel) are covered too.
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, WebChatStartupFilter>());
        services.TryAddSingleton<WebChatMarker>();
        services.TryAddSingleton<WebChatServices>();
        return services;
    }
}
