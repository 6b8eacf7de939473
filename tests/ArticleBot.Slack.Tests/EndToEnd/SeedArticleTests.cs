using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.EndToEnd;

/// <summary>The real answerer over the seed article, behind the real adapter, against the fake Slack.</summary>
public sealed class SeedArticleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _bot = SlackBotHarness.Start(_slack, SeedAnswerer.Shared);
        await Eventually.Until(() => _bot.Adapter.IsConnected, "the bot to connect", TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_asking_who_founded_DeepSeek_is_answered_in_its_thread_citing_paragraph_2()
    {
        var envelope = SlackEnvelopes.Mention("<@U111> Who is the founder of DeepSeek?");

        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer", TimeSpan.FromSeconds(20));

        var answer = _slack.Messages.Single();
        output.WriteLine(answer.Blocks!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(SlackEnvelopes.EventTs(envelope), answer.ThreadTs);
        var firstContext = answer.Blocks!.OfType<JsonObject>().First(b => (string?)b["type"] == "context");
        Assert.EndsWith("· ¶2", (string)firstContext["elements"]![0]!["text"]!);
        Assert.Contains("Liang Wenfeng", answer.BlockText);
    }

    // The core reads a typed admin command (TypedAdminCommandTests); here the adapter posts its reply as it is.
    [Fact]
    public async Task An_articles_add_typed_in_a_mention_is_pointed_to_the_slash_command_and_is_not_searched()
    {
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> /articles add https://example.com/story"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the reply", TimeSpan.FromSeconds(20));

        var reply = _slack.Messages.Single();
        Assert.Contains("/articles add is a slash command for administrators", reply.BlockText);
        Assert.DoesNotContain("¶", reply.BlockText);
    }

    [Fact]
    public async Task A_follow_up_in_the_answers_thread_refers_to_the_question_before_it()
    {
        var first = SlackEnvelopes.Mention("<@U111> Who said more investment doesn't necessarily result in more innovation?");
        await _slack.SendEnvelopeAsync(first);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer", TimeSpan.FromSeconds(20));

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> what else did he say?", threadTs: SlackEnvelopes.EventTs(first)));
        await Eventually.Until(() => _slack.Messages.Count == 2, "the follow-up's answer", TimeSpan.FromSeconds(20));

        var answer = _slack.Messages.ElementAt(1);
        Assert.Equal(SlackEnvelopes.EventTs(first), answer.ThreadTs);
        var lead = (string)answer.Blocks!.OfType<JsonObject>().First(b => (string?)b["type"] == "section")["text"]!["text"]!;
        Assert.StartsWith("Liang Wenfeng also said: “", lead);
        Assert.DoesNotContain("More investment", lead);
    }

    [Fact]
    public async Task The_quote_command_finds_the_closed_source_moats_quote_with_its_speaker()
    {
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/quote", "closed-source moats", "e2e-quote"));
        await Eventually.Until(() => _slack.Responses.Count == 1, "the private answer", TimeSpan.FromSeconds(20));

        var response = _slack.Responses.Single();
        output.WriteLine(response.BlockText);
        Assert.Equal("ephemeral", response.ResponseType);
        Assert.Contains("moat", response.BlockText);
        Assert.Contains("— *Liang Wenfeng* · ", response.BlockText);
        Assert.Contains("¶6", response.BlockText);
    }

    [Fact]
    public async Task The_full_paragraph_button_shows_the_whole_paragraph_privately()
    {
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", "Who is the founder of DeepSeek?", "e2e-ask"));
        await Eventually.Until(() => _slack.Responses.Count == 1, "the private answer", TimeSpan.FromSeconds(20));
        var button = _slack.Responses.Single().Buttons.First(b => ((string)b["action_id"]!).StartsWith("full_paragraph", StringComparison.Ordinal));

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, button, "e2e-full"));
        await Eventually.Until(() => _slack.Responses.Count == 2, "the paragraph", TimeSpan.FromSeconds(20));

        var paragraph = _slack.Responses.Last();
        Assert.Equal(("e2e-full", "ephemeral"), (paragraph.Id, paragraph.ResponseType));
        Assert.Contains("¶2", paragraph.BlockText);
        Assert.True(paragraph.BlockText.Length > _slack.Responses.First().BlockText.Length / 3);
    }

    [Fact]
    public async Task The_assistant_panel_offers_prompts_from_the_seed_article_and_clicking_one_answers_it_in_the_thread()
    {
        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();
        await Eventually.Until(() => _slack.Prompts.Count == 1, "the suggested prompts", TimeSpan.FromSeconds(20));
        var prompts = _slack.Prompts.Single().List;
        output.WriteLine(string.Join("\n", prompts.Select(p => $"{p.Title} => {p.Message}")));

        // Clicking a prompt sends its message as the user's message in the thread.
        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage(prompts[0].Message, channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer", TimeSpan.FromSeconds(20));

        Assert.InRange(prompts.Count, 1, 4);
        Assert.Contains(prompts, p => p.Message.Contains("Liang Wenfeng", StringComparison.Ordinal));
        var answer = _slack.Messages.Single();
        output.WriteLine(answer.BlockText);
        Assert.Equal(threadTs, answer.ThreadTs);
        Assert.Contains("Liang Wenfeng", answer.BlockText);
        Assert.Contains(answer.Blocks!, b => (string?)b!["type"] == "context_actions");
        Assert.Equal("is looking in the articles…", _slack.StatusUpdates.Single().Status);
    }
}
