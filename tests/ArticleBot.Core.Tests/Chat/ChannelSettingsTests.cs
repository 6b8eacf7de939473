using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Chat;

/// <summary><c>ArticleBot:Channels</c>: read from settings, checked (on start, by the validator), found for a channel, its thread's
/// parent or its server.</summary>
public sealed class ChannelSettingsTests
{
    [Fact]
    public void Settings_are_found_for_the_channel_then_its_parent_then_its_server()
    {
        var policy = Policy(new Dictionary<string, string?>
        {
            ["ArticleBot:Channels:111:ThreadsOnly"] = "true",
            ["ArticleBot:Channels:222:Articles:0"] = "harbor-bridge",
            ["ArticleBot:Channels:222:ChannelQuestions"] = "5",
            ["ArticleBot:Channels:999:Enabled"] = "false",
        });

        Assert.True(policy.For(new ChatOrigin("discord", ChannelId: "111") { ChannelParents = ["222", "999"] }).ThreadsOnly);
        var thread = policy.For(new ChatOrigin("discord", ChannelId: "333") { ChannelParents = ["222", "999"] });
        Assert.Equal(["harbor-bridge"], thread.ArticleIds);
        Assert.Equal(5, thread.ChannelQuestions);
        Assert.False(policy.For(new ChatOrigin("discord", ChannelId: "444") { ChannelParents = ["999"] }).Enabled);
        Assert.Same(ChannelSettings.Default, policy.For(new ChatOrigin("slack", ChannelId: "C0123")));
        Assert.Null(ChannelSettings.Default.ArticleIds);
    }

    [Theory]
    [InlineData("ArticleBot:Channels:111:UserQuestions", "0", "ArticleBot:Channels:111:UserQuestions")]
    [InlineData("ArticleBot:Channels:111:Threadsonlyy", "true", "ArticleBot:Channels:111:Threadsonlyy is not a channel setting")]
    [InlineData("ArticleBot:Channels:#general:Enabled", "false", "ArticleBot:Channels:#general: a channel key")]
    [InlineData("ArticleBot:Channels:111:Articles:0", " ", "ArticleBot:Channels:111:Articles")]
    public void A_mistake_fails_on_start_naming_the_key(string key, string value, string named)
    {
        var result = new ChannelOptionsValidator().Validate(null, Read(new Dictionary<string, string?> { [key] = value }));

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_settings_pass_and_a_slack_channel_id_is_a_key_too()
    {
        var options = Read(new Dictionary<string, string?>
        {
            ["ArticleBot:Channels:C0123ABC:Articles:0"] = "harbor-bridge",
            ["ArticleBot:Channels:290926798626357999:Forum"] = "true",
            ["ArticleBot:Channels:290926798626357999:userquestions"] = "3",
        });

        Assert.True(new ChannelOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(3, options.Channels["290926798626357999"].UserQuestions);
        Assert.True(new ChannelPolicy(Options.Create(options)).AnyForum);
    }

    private static ChannelPolicy Policy(Dictionary<string, string?> values) => new(Options.Create(Read(values)));

    private static ChannelOptions Read(Dictionary<string, string?> values)
    {
        var options = new ChannelOptions();
        ChannelOptions.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(ChannelOptions.Section), options);
        return options;
    }
}
