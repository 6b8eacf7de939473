using System.Text.Json;
using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack.Tests.Mapping;

public sealed class SlackPayloadReaderTests
{
    private static JsonElement Read(string file) => JsonDocument.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("slack", file))).RootElement;

    [Fact]
    public void The_documented_app_mention_is_read_into_a_message_event()
    {
        var incoming = SlackPayloadReader.ReadEventCallback(Read("events_app_mention.json"));

        var ev = Assert.IsType<SlackIncoming.Message>(incoming).Event;
        Assert.Equal(new SlackMessageEvent("Ev123ABC456", "app_mention", null, "U123ABC456", null, "C123ABC456", null,
            "What is the hour of the pearl, <@U0LAN0Z89>?", "1515449522.000016", null), ev);
        Assert.Equal("1515449522.000016", ev.ReplyThreadTs);
    }

    [Fact]
    public void A_direct_message_is_recognised_and_rate_limit_notices_are_ignored()
    {
        var dm = Assert.IsType<SlackIncoming.Message>(SlackPayloadReader.ReadEventCallback(Read("events_message_im.json"))).Event;

        Assert.True(dm.IsDirectMessage);
        Assert.False(dm.IsFromBotOrSystem);
        Assert.IsType<SlackIncoming.Ignored>(SlackPayloadReader.ReadEventCallback(Read("events_app_rate_limited.json")));
    }

    [Fact]
    public void The_documented_slash_command_is_read_from_its_socket_payload()
    {
        var command = Assert.IsType<SlackIncoming.Command>(SlackPayloadReader.ReadSlashCommand(Read("socket_slash_command.json").GetProperty("payload"))).SlashCommand;

        Assert.Equal(("/randorilke", "C123ABC456", "U123ABC456"), (command.Command, command.ChannelId, command.UserId));
        Assert.Equal(new Uri("https://rilke.slack.com/commands/T0SNL8S4S/37053613554/YMB2ZESDLNjNLqSFZ1quhNAh"), command.ResponseUrl);
    }

    [Theory]
    [InlineData("<@U0LAN0Z89> who founded DeepSeek?", "who founded DeepSeek?")]
    [InlineData("What is the hour of the pearl, <@U0LAN0Z89>?", "What is the hour of the pearl,?")]
    [InlineData("is R&amp;D &lt;big&gt;?", "is R&D <big>?")]
    [InlineData("<@W123|bot>   quote   moats", "quote moats")]
    public void The_question_is_the_text_without_mentions_and_escapes(string text, string expected) =>
        Assert.Equal(expected, SlackPayloadReader.QuestionText(text));
}
