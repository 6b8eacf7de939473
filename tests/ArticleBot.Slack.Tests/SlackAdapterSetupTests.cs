using ArticleBot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Tests;

public sealed class SlackAdapterSetupTests
{
    [Fact]
    public void Without_a_bot_token_no_adapter_is_registered_only_a_notice_that_slack_is_off()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SlackOptions.AppTokenKey] = "xapp-1" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSlackAdapter(configuration).BuildServiceProvider();

        Assert.Empty(services.GetServices<IChatAdapter>());
        Assert.IsType<SlackDisabledNotice>(Assert.Single(services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()));
    }

    [Fact]
    public async Task Without_an_app_token_or_a_signing_secret_the_adapter_stops_naming_both_keys()
    {
        await using var services = SlackBotHarness.BuildServices(null, new FakeQuestionAnswerer(), new() { [SlackOptions.AppTokenKey] = null });
        var adapter = Assert.Single(services.GetServices<IChatAdapter>());

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => adapter.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains(SlackOptions.AppTokenKey, error.Message);
        Assert.Contains(SlackOptions.SigningSecretKey, error.Message);
        Assert.Equal("slack", adapter.Platform);
    }

    [Theory]
    [InlineData(SlackOptions.BotTokenKey, "xapp-swapped")]
    [InlineData(SlackOptions.AppTokenKey, "xoxb-swapped")]
    public async Task A_token_of_the_wrong_kind_stops_the_adapter_naming_its_key(string key, string value)
    {
        await using var services = SlackBotHarness.BuildServices(null, new FakeQuestionAnswerer(), new() { [key] = value });

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => services.GetServices<IChatAdapter>().Single().RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains(key, error.Message);
        Assert.DoesNotContain(value, error.Message);
    }
}
