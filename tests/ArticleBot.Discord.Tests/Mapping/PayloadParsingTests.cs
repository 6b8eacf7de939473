using System.Text.Json;
using ArticleBot.Discord.Gateway;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Tests.Fakes;

namespace ArticleBot.Discord.Tests.Mapping;

/// <summary>The records read Discord's own documented examples (../shared/protocol/discord).</summary>
public sealed class PayloadParsingTests
{
    private static JsonElement Json(string file) => JsonDocument.Parse(Payloads.Load(file).ToJsonString()).RootElement;

    [Fact]
    public void A_frame_without_s_and_t_parses()
    {
        var frame = GatewayFrame.Parse(JsonDocument.Parse("""{"op":10,"d":{"heartbeat_interval":45000}}""").RootElement);

        Assert.Equal((GatewayOpCode.Hello, null, null), (frame.Op, frame.Sequence, frame.EventName));
        Assert.Equal(45000, frame.Data.GetProperty("heartbeat_interval").GetInt32());
        Assert.Equal(GatewayOpCode.HeartbeatAck, GatewayFrame.Parse(Json("heartbeat_ack.json")).Op);
    }

    [Fact]
    public void Ready_gives_the_session_resume_url_bot_user_and_application()
    {
        var frame = GatewayFrame.Parse(Json("ready.json"));
        var ready = ReadyEvent.Parse(frame.Data);

        Assert.Equal((1, "READY"), (frame.Sequence, frame.EventName));
        Assert.Equal("session_id_i_stored", ready.SessionId);
        Assert.Equal(new Uri("wss://gateway.discord.gg"), ready.ResumeGatewayUrl);
        Assert.Equal((Payloads.BotUserId, true), (ready.User.Id, ready.User.IsBot));
        Assert.Equal(Payloads.ApplicationId, ready.ApplicationId);
    }

    [Fact]
    public void A_mention_message_lists_the_bot_among_its_mentions()
    {
        var message = DiscordMessage.Parse(GatewayFrame.Parse(Json("message_create_mention.json")).Data);

        Assert.Equal(("334385199974967043", Payloads.ChannelId, Payloads.GuildId), (message.Id, message.ChannelId, message.GuildId));
        Assert.Equal([Payloads.BotUserId], message.MentionIds);
        Assert.False(message.Author.IsBot);
        Assert.False(message.IsDirectMessage);
        Assert.StartsWith($"<@{Payloads.BotUserId}>", message.Content);
    }

    [Fact]
    public void A_slash_command_and_an_autocomplete_parse_with_their_options()
    {
        var command = DiscordInteraction.Parse(GatewayFrame.Parse(Json("interaction_create_command.json")).Data);
        var autocomplete = DiscordInteraction.Parse(GatewayFrame.Parse(Json("interaction_create_autocomplete.json")).Data);

        Assert.Equal((InteractionType.ApplicationCommand, "cardsearch", "A_UNIQUE_TOKEN"), (command.Type, command.CommandName, command.Token));
        Assert.Equal("The Gitrog Monster", command.Option("cardname")?.Value);
        Assert.Equal("53908232506183680", command.UserId);
        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, autocomplete.Type);
        Assert.Equal("data a user is typ", autocomplete.FocusedOption?.Value);
    }

    [Fact]
    public void Gateway_bot_gives_the_url_shards_and_session_budget()
    {
        var info = GatewayBotInfo.Parse(Json("gateway_bot.json"));

        Assert.Equal(new Uri("wss://gateway.discord.gg/"), info.Url);
        Assert.Equal((9, 999, 1), (info.Shards, info.SessionStartsRemaining, info.MaxConcurrency));
        Assert.Equal(TimeSpan.FromMilliseconds(14400000), info.SessionStartsResetAfter);
    }

    [Fact]
    public void The_gateway_query_is_added_to_urls_that_come_without_it()
    {
        Assert.Equal("wss://gateway.discord.gg/?v=10&encoding=json", GatewayConnection.WithQuery(new Uri("wss://gateway.discord.gg")).ToString());
    }
}
