using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting;

/// <summary>What every way of running the bot shares: settings from the content root's appsettings.json with
/// <c>ArticleBot__…</c> environment overrides, and the core services.</summary>
internal static class HostSetup
{
    public static void AddArticleBotSettings(this IHostApplicationBuilder builder, HostSettings settings)
    {
        if (settings.Overrides is { Count: > 0 } overrides)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddArticleBotCore();
        builder.Services.AddSingleton<SettingsPaths>();
        builder.Services.AddSingleton<IPostConfigureOptions<IndexOptions>>(provider => provider.GetRequiredService<SettingsPaths>());
        builder.Services.AddSingleton<IPostConfigureOptions<AnsweringOptions>>(provider => provider.GetRequiredService<SettingsPaths>());
    }
}
