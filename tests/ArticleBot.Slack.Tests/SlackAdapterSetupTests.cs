using ArticleBot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Slack.Tests;

/// <summary>How <c>AddArticleBotSlack</c> decides whether Slack runs, and how a host with Slack enabled but
/// misconfigured refuses to start.</summary>
public sealed class SlackAdapterSetupTests
{
    private static readonly Dictionary<string, string?> SocketMode = new()
    {
        [SlackOptions.BotTokenKey] = FakeSlack.BotToken,
        [SlackOptions.AppTokenKey] = FakeSlack.AppToken,
    };

    [Fact]
    public void Without_a_bot_token_or_an_enabled_setting_no_adapter_is_registered_only_a_notice_naming_the_token_key()
    {
        using var host = Build(new() { [SlackOptions.AppTokenKey] = "xapp-1" });

        Assert.Empty(host.Services.GetServices<IChatAdapter>());
        Assert.IsType<SlackDisabledNotice>(Assert.Single(host.Services.GetServices<IHostedService>()));
        Assert.Equal(SlackOptions.BotTokenKey, host.Services.GetRequiredService<SlackDisabledNotice.Reason>().Key);
    }

    [Fact]
    public void Enabled_false_keeps_slack_off_even_with_its_tokens_set()
    {
        using var host = Build(new(SocketMode) { [SlackOptions.EnabledKey] = "false" });

        Assert.Empty(host.Services.GetServices<IChatAdapter>());
        Assert.Equal(SlackOptions.EnabledKey, host.Services.GetRequiredService<SlackDisabledNotice.Reason>().Key);
    }

    [Fact]
    public async Task Enabled_true_with_its_tokens_registers_the_adapter_and_the_host_starts()
    {
        using var host = Build(new(SocketMode) { [SlackOptions.EnabledKey] = "true" });

        await host.StartAsync();

        Assert.Equal("slack", Assert.Single(host.Services.GetServices<IChatAdapter>()).Platform);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("ArticleBot:Slack:BotToken", null)]
    [InlineData("ArticleBot:Slack:BotTokn", "xoxb-mistyped-key")]
    [InlineData("ARTICLEBOT:SLACK:BOT_TOKEN", "xoxb-mistyped-key")]
    public async Task Enabled_true_without_the_bot_token_stops_the_host_at_start_naming_the_key(string key, string? value)
    {
        using var host = Build(new() { [SlackOptions.EnabledKey] = "true", [SlackOptions.AppTokenKey] = FakeSlack.AppToken, [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(SlackOptions.BotTokenKey, error.Message);
        Assert.DoesNotContain(FakeSlack.AppToken, error.Message);
    }

    [Fact]
    public async Task A_bot_token_without_an_app_token_or_a_signing_secret_stops_the_host_naming_both_keys()
    {
        using var host = Build(new() { [SlackOptions.BotTokenKey] = FakeSlack.BotToken });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(SlackOptions.AppTokenKey, error.Message);
        Assert.Contains(SlackOptions.SigningSecretKey, error.Message);
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("u123abc456")]
    [InlineData("")]
    public async Task An_admin_that_is_not_a_slack_user_id_stops_the_host_naming_the_key(string admin)
    {
        using var host = Build(new(SocketMode) { [SlackOptions.AdminsKey + ":0"] = "U123ABC456", [SlackOptions.AdminsKey + ":1"] = admin });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(SlackOptions.AdminsKey, error.Message);
    }

    [Theory]
    [InlineData(SlackOptions.BotTokenKey, "xapp-swapped")]
    [InlineData(SlackOptions.AppTokenKey, "xoxb-swapped")]
    public async Task A_token_of_the_wrong_kind_stops_the_host_naming_its_key_but_not_its_value(string key, string value)
    {
        using var host = Build(new(SocketMode) { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
        Assert.DoesNotContain(value, error.Message);
    }

    [Fact]
    public void An_enabled_setting_that_is_not_true_or_false_is_refused_naming_the_key()
    {
        var error = Assert.Throws<ArticleBotException>(() => Build(new(SocketMode) { [SlackOptions.EnabledKey] = "yes please" }));

        Assert.Contains(SlackOptions.EnabledKey, error.Message);
    }

    [Fact]
    public void A_configured_thread_capacity_is_honoured_the_oldest_thread_forgotten_first()
    {
        using var host = Build(new(SocketMode) { [SlackOptions.ThreadCapacityKey] = "2" });
        var threads = host.Services.GetRequiredService<SlackThreadTracker>();

        threads.Remember("C1", "1.1");
        threads.Remember("C1", "1.2");
        threads.Remember("C1", "1.3");

        Assert.False(threads.IsBotThread("C1", "1.1"));
        Assert.True(threads.IsBotThread("C1", "1.2"));
        Assert.True(threads.IsBotThread("C1", "1.3"));
    }

    [Fact]
    public void A_configured_dedupe_window_is_honoured_an_event_id_is_forgotten_after_it()
    {
        var time = new FakeTimeProvider();
        using var host = Build(new(SocketMode) { [SlackOptions.DedupeWindowKey] = "00:02:00" }, services => services.AddSingleton<TimeProvider>(time));
        var deduplicator = host.Services.GetRequiredService<SlackDeduplicator>();
        Assert.True(deduplicator.TryFirstSeen("Ev1"));

        time.Advance(TimeSpan.FromSeconds(119));
        Assert.False(deduplicator.TryFirstSeen("Ev1"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(deduplicator.TryFirstSeen("Ev1"));
    }

    [Theory]
    [InlineData(SlackOptions.ThreadCapacityKey, "0")]
    [InlineData(SlackOptions.DedupeWindowKey, "00:00:10")]
    [InlineData(SlackOptions.DedupeWindowKey, "3.00:00:00")]
    public async Task A_memory_setting_out_of_range_stops_the_host_naming_the_key(string key, string value)
    {
        using var host = Build(new(SocketMode) { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
    }

    /// <summary>A host wired as the bot's is, with only the Slack adapter (not started).</summary>
    private static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IQuestionAnswerer>(new FakeQuestionAnswerer());
        configure?.Invoke(builder.Services);
        builder.Services.AddArticleBotSlack(builder.Configuration);
        return builder.Build();
    }
}
