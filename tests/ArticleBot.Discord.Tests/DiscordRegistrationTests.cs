using ArticleBot.Core.Chat;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleBot.Discord.Tests;

public sealed class DiscordRegistrationTests
{
    [Fact]
    public void Without_a_token_no_adapter_is_registered()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<Core.Answering.IQuestionAnswerer>(new FakeQuestionAnswerer());
        services.AddDiscordAdapter(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();

        Assert.Empty(provider.GetServices<IChatAdapter>());
        Assert.Single(provider.GetServices<IHostedService>());
    }

    [Fact]
    public async Task With_a_token_the_adapter_is_registered_with_its_defaults()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var provider = BotHarness.Services(discord, new FakeQuestionAnswerer());

        var adapter = Assert.Single(provider.GetServices<IChatAdapter>());

        Assert.Equal("discord", adapter.Platform);
        Assert.False(adapter.IsConnected);
        Assert.Equal("https://discord.com/api/v10", new DiscordOptions().ApiBaseUrl);
    }

    [Theory]
    [InlineData("ArticleBot:Discord:ShardId", "3", "ArticleBot:Discord:ShardId")]
    [InlineData("ArticleBot:Discord:GuildId", "my-server", "ArticleBot:Discord:GuildId")]
    [InlineData("ArticleBot:Discord:ApiBaseUrl", "discord.com/api", "ArticleBot:Discord:ApiBaseUrl")]
    [InlineData("ArticleBot:Discord:Token", "Bot abc", "ArticleBot:Discord:Token")]
    public async Task Invalid_settings_fail_validation_naming_the_key(string key, string value, string named)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var provider = BotHarness.Services(discord, new FakeQuestionAnswerer(), new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetServices<IChatAdapter>().ToList());

        Assert.Contains(named, error.Message);
    }
}
