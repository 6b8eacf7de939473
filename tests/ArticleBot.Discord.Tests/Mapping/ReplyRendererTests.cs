using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Mapping;

public sealed class ReplyRendererTests
{
    private static JsonElement Render(ChatReply reply, ReplyButtons? buttons = null) =>
        JsonDocument.Parse(ReplyRenderer.Render(reply, buttons ?? new ReplyButtons("42")).ToJsonString()).RootElement;

    [Fact]
    public void Long_passages_are_cut_at_a_sentence_and_the_message_stays_within_discords_limits()
    {
        var sentence = "DeepSeek trained its models on a budget that surprised the industry. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 200));
        var passages = Enumerable.Range(1, 12).Select(i => FakeQuestionAnswerer.Passage(huge, paragraph: i)).ToList();
        var reply = new ChatReply("q", true, QuestionIntent.Ask, passages, Message: new string('m', 3000)) { HasMore = true };

        var message = Render(reply);

        Assert.Null(MessageRules.CheckMessage(message));
        var embeds = message.GetProperty("embeds");
        Assert.Equal(10, embeds.GetArrayLength());
        var description = embeds[0].GetProperty("description").GetString()!;
        Assert.Contains("industry.…", description);
        Assert.True(message.GetProperty("content").GetString()!.Length <= 2000);
        Assert.True(Buttons(message).Count() <= 5);
    }

    [Fact]
    public void Markdown_in_a_passage_is_shown_literally()
    {
        var passage = FakeQuestionAnswerer.Passage("He wrote *bold* _words_, `code`, ~~gone~~, a [link](https://evil.example) and <@123>.");

        var description = Render(new ChatReply("q", true, QuestionIntent.Ask, [passage])).GetProperty("embeds")[0].GetProperty("description").GetString()!;

        Assert.StartsWith(@"He wrote \*bold\* \_words\_, \`code\`, \~\~gone\~\~, a \[link\](https://evil.example) and \<@123\>.", description);
    }

    [Fact]
    public void Matched_words_are_bold_and_the_attribution_names_speaker_title_paragraph_and_link()
    {
        var snippet = "Liang said closed-source moats are temporary.";
        var passage = new AnswerPassage("deepseek", "DeepSeek's founder", 6, "Full text. " + snippet, snippet,
            [new TextRange(11, 13), new TextRange(25, 5)], "Liang Wenfeng", "closed-source moats are temporary", 1, "https://example.com/a");

        var description = Render(new ChatReply("q", true, QuestionIntent.Quote, [passage])).GetProperty("embeds")[0].GetProperty("description").GetString()!;

        Assert.Equal(
            "Liang said **closed-source** **moats** are temporary.\n\n— **Liang Wenfeng** · [DeepSeek's founder](https://example.com/a) · ¶6",
            description);
    }

    [Fact]
    public void The_attribution_gives_the_speakers_role_and_marks_an_organisation()
    {
        var passage = new AnswerPassage("brenhill", "The Echo", 3, "Text.", "Text.", [], "Ruth Adeyemi", "Text.", 1, null) { Role = "Mayor" };

        Assert.Equal("— **Ruth Adeyemi (Mayor)** · *The Echo* · ¶3", ReplyRenderer.Attribution(passage));
        Assert.Equal("— **Water Agency (organisation)** · *The Echo* · ¶3", ReplyRenderer.Attribution(passage with { Speaker = "Water Agency", Role = null, SpeakerIsOrganisation = true }));
    }

    [Fact]
    public void Buttons_offer_more_results_the_full_paragraph_a_vote_and_share_only_when_private()
    {
        var passage = FakeQuestionAnswerer.Passage("Whole paragraph. More.", paragraph: 3) with { Snippet = "Whole paragraph." };
        var reply = new ChatReply("q", true, QuestionIntent.Ask, [passage]) { HasMore = true };

        var publicIds = Buttons(Render(reply, new ReplyButtons("42", Skip: 3, Top: 3))).Select(b => b.GetProperty("custom_id").GetString()).ToList();
        var privateIds = Buttons(Render(reply, new ReplyButtons("42", IsPrivate: true))).Select(b => b.GetProperty("custom_id").GetString()).ToList();

        Assert.Equal(["more:42:6", "para:test-article:3", "up:42/test-article:3", "down:42/test-article:3"], publicIds);
        Assert.Equal(["more:42:3", "para:test-article:3", "share:42:0", "up:42/test-article:3", "down:42/test-article:3"], privateIds);
    }

    [Fact]
    public void Not_found_shows_the_message_and_suggestions_within_the_content_limit()
    {
        var suggestions = Enumerable.Range(1, 100).Select(i => $"Suggested question number {i} about *DeepSeek*?").ToList();
        var reply = new ChatReply("q", false, QuestionIntent.Ask, [], "I couldn't find that in the article.", suggestions);

        var message = Render(reply);

        var content = message.GetProperty("content").GetString()!;
        Assert.StartsWith("I couldn't find that in the article.\nYou could ask:\n• Suggested question number 1 about \\*DeepSeek\\*?", content);
        Assert.True(content.Length <= 2000);
        Assert.Equal(0, message.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public void Help_is_an_embed_with_example_questions()
    {
        var reply = new ChatReply("", true, QuestionIntent.Help, [], "Ask me about the article with /ask.", ["Who is the founder of DeepSeek?"]);

        var embed = Render(reply).GetProperty("embeds")[0];

        Assert.Equal("Ask me about the article with /ask.", embed.GetProperty("description").GetString());
        Assert.Equal("• Who is the founder of DeepSeek?", embed.GetProperty("fields")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void The_article_list_links_each_article_and_shows_its_id()
    {
        var reply = new ChatReply("", true, QuestionIntent.Source,
            [FakeQuestionAnswerer.Passage("whole article", paragraph: 0)]);

        var embed = Render(reply).GetProperty("embeds")[0];

        Assert.Equal("• [Test Article](https://example.com/article) — `test-article`", embed.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("more:1234:6", "more", "1234", 6)]
    [InlineData("para:odd:id:12", "para", "odd:id", 12)]
    public void Button_ids_round_trip(string customId, string kind, string subject, int number)
    {
        Assert.True(ButtonIds.TryParse(customId, out var k, out var s, out var n));
        Assert.Equal((kind, subject, number), (k, s, n));
    }

    [Fact]
    public void An_answer_with_a_lead_is_one_embed_whose_description_is_the_lead_and_whose_fields_are_the_numbered_passages()
    {
        var passages = new[]
        {
            new AnswerPassage("deepseek", "CW Pakistan", 14, "Full.", "More investment is not *more* innovation.", [], "Liang Wenfeng", "More investment…", 1, "https://example.com/a"),
            FakeQuestionAnswerer.Passage("Another passage.", paragraph: 3),
        };
        var lead = new AnswerLead([new LeadSegment("Liang Wenfeng said it: “More investment is not *more* innovation.”", [1])]);

        var message = Render(new ChatReply("q", true, QuestionIntent.Who, passages, "According to the article:") { Lead = lead, HasMore = true });

        Assert.Null(MessageRules.CheckMessage(message));
        var embed = Assert.Single(message.GetProperty("embeds").EnumerateArray());
        Assert.Equal(@"Liang Wenfeng said it: “More investment is not \*more\* innovation.” [1]", embed.GetProperty("description").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["[1] CW Pakistan ¶14", "[2] Test Article ¶3"], fields.Select(field => field.GetProperty("name").GetString()));
        Assert.EndsWith("— **Liang Wenfeng** · [CW Pakistan](https://example.com/a) · ¶14", fields[0].GetProperty("value").GetString());
        Assert.False(message.TryGetProperty("content", out _));
        Assert.Contains(Buttons(message), button => button.GetProperty("custom_id").GetString() == "more:42:3");
    }

    [Fact]
    public void Twenty_long_passages_under_a_lead_stay_within_the_embed_total()
    {
        var huge = string.Concat(Enumerable.Repeat("DeepSeek trained its models on a budget that surprised the industry. ", 100));
        var passages = Enumerable.Range(1, 20).Select(i => FakeQuestionAnswerer.Passage(huge, paragraph: i)).ToList();
        var lead = new AnswerLead([new LeadSegment(huge, [1])]);

        var message = Render(new ChatReply("q", true, QuestionIntent.Ask, passages) { Lead = lead });

        Assert.Null(MessageRules.CheckMessage(message));
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
            : [];
}
