using ArticleBot.Core.Chat;
using ArticleBot.Discord.Interactions;
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
    [InlineData("ArticleBot:Discord:SeenIdCapacity", "10", "ArticleBot:Discord:SeenIdCapacity")]
    [InlineData("ArticleBot:Discord:QuestionCapacity", "0", "ArticleBot:Discord:QuestionCapacity")]
    [InlineData("ArticleBot:Discord:AnsweredPostCapacity", "-1", "ArticleBot:Discord:AnsweredPostCapacity")]
    [InlineData("ArticleBot:Discord:ThreadCapacity", "0", "ArticleBot:Discord:ThreadCapacity")]
    public async Task Invalid_settings_fail_validation_naming_the_key(string key, string value, string named)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var provider = BotHarness.Services(discord, new FakeQuestionAnswerer(), new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetServices<IChatAdapter>().ToList());

        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("true", null, null, "ArticleBot:Discord:Token is required")]
    [InlineData(null, "not-a-key", "234248956100616262", "ArticleBot:Discord:PublicKey must be")]
    [InlineData(null, "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", null, "ArticleBot:Discord:ApplicationId is required")]
    public void Enabled_without_what_it_needs_fails_on_start_naming_the_key(string? enabled, string? publicKey, string? applicationId, string named)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<Core.Answering.IQuestionAnswerer>(new FakeQuestionAnswerer());
        services.AddDiscordAdapter(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:Enabled"] = enabled,
            ["ArticleBot:Discord:PublicKey"] = publicKey,
            ["ArticleBot:Discord:ApplicationId"] = applicationId,
        }).Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetServices<IChatAdapter>().ToList());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task Enabled_false_turns_the_adapter_off_even_with_a_token()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var provider = BotHarness.Services(discord, new FakeQuestionAnswerer(), new Dictionary<string, string?> { ["ArticleBot:Discord:Enabled"] = "false" });

        Assert.Empty(provider.GetServices<IChatAdapter>());
    }

    [Fact]
    public async Task Discord_register_puts_user_installable_commands_in_place_with_the_token_alone()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var options = new DiscordOptions { Token = FakeDiscord.Token, ApiBaseUrl = discord.ApiBaseUrl };

        var said = await DiscordCommandRegistration.RegisterAsync(
            options, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        var registration = Assert.Single(discord.Commands);
        Assert.Equal($"/api/v10/applications/{Payloads.ApplicationId}/commands", registration.Path);
        // The admin commands are a server's own (AdminCommandTests); every other command is user-installable.
        Assert.All(registration.Body.EnumerateArray().Where(command => command.GetProperty("name").GetString() != "articles"), command =>
        {
            Assert.Equal([0, 1], command.GetProperty("integration_types").EnumerateArray().Select(v => v.GetInt32()));
            Assert.Equal([0, 1, 2], command.GetProperty("contexts").EnumerateArray().Select(v => v.GetInt32()));
        });
        Assert.Contains("Registered 5 commands", said);
        Assert.Equal(0, discord.Gateway.Connections);
        Assert.Empty(discord.Rejected);
    }

    [Fact]
    public async Task Discord_register_without_a_token_says_which_key_it_needs()
    {
        var error = await Assert.ThrowsAsync<Core.ArticleBotException>(() => DiscordCommandRegistration.RegisterAsync(
            new DiscordOptions { PublicKey = new string('a', 64), ApplicationId = Payloads.ApplicationId },
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None));

        Assert.Contains("ArticleBot:Discord:Token is required", error.Message);
    }
}
