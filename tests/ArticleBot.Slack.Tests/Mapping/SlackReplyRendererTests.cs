using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack.Tests.Mapping;

public sealed class SlackReplyRendererTests
{
    private static readonly ChatQuestion Question = new("founder of DeepSeek");

    private static AnswerPassage Passage(string snippet, IReadOnlyList<TextRange>? highlights = null, string? text = null, int paragraph = 2) =>
        new("deepseek-liang-wenfeng", "DeepSeek & its founder", paragraph, text ?? snippet, snippet, highlights ?? [], null, null, 1.0, "https://example.com/a?b=1&c=2");

    [Fact]
    public void A_long_snippet_is_cut_at_a_sentence_near_300_characters_with_the_matched_words_in_bold()
    {
        var sentence = "Liang Wenfeng is the founder of DeepSeek, a company in Hangzhou. ";
        var snippet = string.Concat(Enumerable.Repeat(sentence, 8));
        var founder = sentence.IndexOf("founder", StringComparison.Ordinal);
        var late = snippet.LastIndexOf("founder", StringComparison.Ordinal);

        var text = SlackReplyRenderer.Snippet(Passage(snippet, [new TextRange(founder, 7), new TextRange(late, 7)]));

        Assert.InRange(text.Length, 200, 320);
        Assert.EndsWith("Hangzhou.…", text);
        Assert.StartsWith("Liang Wenfeng is the *founder* of DeepSeek", text);
        Assert.Equal(1, text.Split("*founder*").Length - 1);
    }

    [Fact]
    public void Neighbouring_highlights_become_one_bold_run()
    {
        var text = SlackReplyRenderer.Snippet(Passage("In tech, closed-source moats are fleeting.", [new TextRange(9, 6), new TextRange(16, 6), new TextRange(23, 5)]));

        Assert.Equal("In tech, *closed-source moats* are fleeting.", text);
    }

    [Fact]
    public void A_highlight_inside_a_word_is_not_bolded_because_slack_would_show_the_asterisks()
    {
        var text = SlackReplyRenderer.Snippet(Passage("DeepSeek's founders", [new TextRange(4, 4), new TextRange(11, 7)]));

        Assert.Equal("DeepSeek's founders", text);
    }

    [Fact]
    public void A_full_paragraph_full_of_ampersands_is_escaped_and_still_fits_a_section()
    {
        var paragraph = string.Concat(Enumerable.Repeat("R&D <!channel> & more. ", 300));
        var reply = new ChatReply("p", true, QuestionIntent.Source, [Passage(paragraph[..50], text: paragraph)]);

        var message = SlackReplyRenderer.Render(reply, Question, isPrivate: true, fullText: true);

        var section = (string)message.Blocks[0]!["text"]!["text"]!;
        Assert.InRange(section.Length, 2500, SlackReplyRenderer.SectionTextLimit);
        Assert.DoesNotContain("<!channel>", section);
        Assert.StartsWith("R&amp;D &lt;!channel&gt; &amp; more.", section);
        Assert.EndsWith("…", section);
    }

    [Fact]
    public void The_attribution_names_the_speaker_title_paragraph_and_an_escaped_link()
    {
        var passage = Passage("We won't go closed source.") with { Speaker = "Liang Wenfeng", Quote = "We won't go closed source.", IsParaphrase = true };

        Assert.Equal("— *Liang Wenfeng* (paraphrased) · <https://example.com/a?b=1&amp;c=2|DeepSeek &amp; its founder> · ¶2", SlackReplyRenderer.Attribution(passage));
        Assert.Equal("DeepSeek &amp; its founder", SlackReplyRenderer.Attribution(passage with { Speaker = null, Url = null, Paragraph = 0 }));
    }

    [Fact]
    public void The_attribution_gives_the_speakers_role_and_marks_an_organisation()
    {
        var passage = Passage("Text.") with { Speaker = "Ruth Adeyemi", Quote = "Text.", Role = "Mayor", Url = null };

        Assert.Equal("— *Ruth Adeyemi (Mayor)* · DeepSeek &amp; its founder · ¶2", SlackReplyRenderer.Attribution(passage));
        Assert.Equal("— *Water Agency (organisation)* · DeepSeek &amp; its founder · ¶2", SlackReplyRenderer.Attribution(passage with { Speaker = "Water Agency", Role = null, SpeakerIsOrganisation = true }));
    }

    [Fact]
    public void A_private_answer_offers_share_and_more_results_and_a_public_one_only_more_results()
    {
        var reply = new ChatReply("q", true, QuestionIntent.Ask, [Passage("One."), Passage("Two.", paragraph: 5)]) { HasMore = true };

        var privately = SlackReplyRenderer.Render(reply, Question, isPrivate: true);
        var publicly = SlackReplyRenderer.Render(reply, Question, isPrivate: false);

        var actions = ActionIds(privately);
        Assert.Equal(["full_paragraph:0", "full_paragraph:1", "more_results", "share"], actions);
        Assert.Equal(["full_paragraph:0", "full_paragraph:1", "more_results"], ActionIds(publicly));
        var more = SlackButton.Decode(ButtonValue(privately, "more_results"))!.ToQuestion(ChatOrigin.CommandLine);
        Assert.Equal((Question.Text, 3, 3), (more.Text, more.Skip, more.Top));
        var paragraph = SlackButton.Decode(ButtonValue(privately, "full_paragraph:1"))!;
        Assert.Equal(("deepseek-liang-wenfeng 5", QuestionIntent.Source, true), (paragraph.Text, paragraph.Intent, paragraph.FullText));
    }

    [Fact]
    public void Twenty_five_passages_stay_within_fifty_blocks()
    {
        var reply = new ChatReply("q", true, QuestionIntent.Ask, Enumerable.Range(1, 25).Select(i => Passage($"P{i}.", paragraph: i)).ToList(), "Here:") { HasMore = true };

        var message = SlackReplyRenderer.Render(reply, Question with { Top = 25 }, isPrivate: true);

        Assert.InRange(message.Blocks.Count, 40, SlackReplyRenderer.MaxBlocks);
    }

    [Fact]
    public void A_help_reply_shows_its_text_and_example_questions()
    {
        var reply = new ChatReply("", true, QuestionIntent.Help, [], "Ask me about the article.", ["Who is the founder of DeepSeek?"]);

        var message = SlackReplyRenderer.Render(reply, new ChatQuestion("", QuestionIntent.Help), isPrivate: true);

        var text = (string)message.Blocks.Single()!["text"]!["text"]!;
        Assert.Equal("Ask me about the article.\n\n*Try asking:*\n• Who is the founder of DeepSeek?", text);
    }

    [Fact]
    public void The_lead_comes_first_and_its_citations_number_the_passages_below()
    {
        var lead = new AnswerLead([new LeadSegment("Liang Wenfeng said it: “Moats are <fleeting>.”", [1])]);
        var reply = new ChatReply("q", true, QuestionIntent.Who, [Passage("Moats are fleeting."), Passage("Second.", paragraph: 7)], "According to the article:") { Lead = lead };

        var message = SlackReplyRenderer.Render(reply, Question, isPrivate: false);

        var sections = message.Blocks.OfType<JsonObject>().Where(block => (string?)block["type"] == "section").Select(block => (string)block["text"]!["text"]!).ToList();
        Assert.Equal("Liang Wenfeng said it: “Moats are &lt;fleeting&gt;.” [1]", sections[0]);
        Assert.StartsWith("*[1]* Moats are fleeting.", sections[1]);
        Assert.StartsWith("*[2]* Second.", sections[2]);
        Assert.DoesNotContain(sections, section => section.Contains("According to the article", StringComparison.Ordinal));
        Assert.Equal("context", (string?)message.Blocks[2]!["type"]);
        Assert.StartsWith("Liang Wenfeng said it", message.Text);
    }

    private static List<string> ActionIds(SlackMessage message) =>
        PostedMessage.Descendants(message.Blocks).OfType<JsonObject>().Where(o => (string?)o["type"] == "button").Select(o => (string)o["action_id"]!).ToList();

    private static string ButtonValue(SlackMessage message, string actionId) =>
        PostedMessage.Descendants(message.Blocks).OfType<JsonObject>().Single(o => (string?)o["action_id"] == actionId)["value"]!.GetValue<string>();
}
