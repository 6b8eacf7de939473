using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Tests.Analysis;

public sealed class InterviewTranscriptTests
{
    private static List<Quote> DirectQuotes(Paragraph[] paragraphs) =>
        QuoteAttributor.Attribute(paragraphs, PersonNameFinder.Find(paragraphs)).Where(quote => !quote.IsParaphrase).ToList();

    [Fact]
    public void In_a_Q_and_A_every_answer_is_the_interviewees_and_every_question_the_interviewers()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Marta Ilves has run the ferry between Holm and the mainland for thirty years. Jonas Reid spoke with her on the quay."),
            new(2, "Q: When did you first take the wheel?"),
            new(3, "A: I was nineteen, and my father stood behind me the whole crossing."),
            new(4, "Q: Will the new bridge put you out of work?"),
            new(5, "A: Probably, but the island will be better for it."),
        ];

        var quotes = DirectQuotes(paragraphs);

        Assert.Equal(["Jonas Reid", "Marta Ilves", "Jonas Reid", "Marta Ilves"], quotes.Select(quote => quote.Speaker));
        Assert.Equal("I was nineteen, and my father stood behind me the whole crossing.", quotes[1].Text);
        Assert.Contains(PersonNameFinder.Find(paragraphs), speaker => speaker.Name == "Marta Ilves");
    }

    [Fact]
    public void Interviewer_and_surname_labels_name_the_speaker_of_each_turn()
    {
        Paragraph[] paragraphs =
        [
            new(1, "The potter Ana Brisk, whose kiln stands behind the old mill, was interviewed by Colm Dwyer for this issue."),
            new(2, "Interviewer: Why wood firing, when gas is so much easier?"),
            new(3, "Brisk: Because the ash lands where it likes, and I never know what will come out."),
            new(4, "Interviewer: Do you ever throw a piece away?"),
            new(5, "Brisk: Every week, and I do not miss a single one of them."),
        ];

        var quotes = DirectQuotes(paragraphs);

        Assert.Equal(["Colm Dwyer", "Ana Brisk", "Colm Dwyer", "Ana Brisk"], quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_broadcast_transcripts_timestamps_role_labels_with_a_name_and_capital_surnames_name_each_turns_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "An edited transcript of this week's programme. Host Ada Kwan talks with two of the island's ferry crew."),
            new(2, "[00:00:09] HOST (Ada Kwan): Welcome aboard. Tomas, how long have you sailed this route?"),
            new(3, "[00:00:20] GUEST (Tomas Hale): Twelve years this spring. [laughs] It feels like longer."),
            new(4, "[00:01:02] KWAN: And you, Bea?"),
            new(5, "[00:01:05] GUEST (Bea Lund): Only two, but I grew up watching the boats from the pier."),
            new(6, "[00:01:40] HALE: She knows the tides better than I do."),
            new(7, "[01:12] LUND: That is kind of him, and not quite true."),
        ];

        var quotes = DirectQuotes(paragraphs);

        Assert.Equal(["Ada Kwan", "Tomas Hale", "Ada Kwan", "Bea Lund", "Tomas Hale", "Bea Lund"], quotes.Select(quote => quote.Speaker));
        Assert.Equal("Twelve years this spring. [laughs] It feels like longer.", quotes[1].Text);
    }

    [Fact]
    public void A_capital_surname_label_two_named_people_share_is_left_unattributed()
    {
        Paragraph[] paragraphs =
        [
            new(1, "An edited transcript. Host Ada Kwan talks with the brothers who run the island's ferry."),
            new(2, "[00:00:09] HOST (Ada Kwan): Welcome aboard. Who started first?"),
            new(3, "[00:00:20] GUEST (Tomas Hale): I did, twelve years ago this spring."),
            new(4, "[00:00:31] GUEST (Owen Hale): And I followed him two years later."),
            new(5, "[00:01:02] KWAN: Which of you steers in a storm?"),
            new(6, "[00:01:05] HALE: Whoever lost the coin toss that morning."),
        ];

        var quotes = DirectQuotes(paragraphs);

        Assert.Null(quotes.Single(quote => quote.Text.StartsWith("Whoever lost", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Ada Kwan", quotes.Single(quote => quote.Text.StartsWith("Which of you", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_quotation_inside_an_answer_is_not_the_interviewees_when_the_answer_does_not_name_its_speaker()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Marta Ilves has run the ferry for thirty years. Jonas Reid spoke with her on the quay."),
            new(2, "Q: Who taught you?"),
            new(3, "A: An old skipper. On my first day he told me, “Never trust a calm morning in March.”"),
            new(4, "Q: And did you listen?"),
            new(5, "A: Not once, and I have the scars to show for it."),
        ];

        var inner = DirectQuotes(paragraphs).Single(quote => quote.Text.StartsWith("Never trust", StringComparison.Ordinal));

        Assert.Null(inner.Speaker);
    }

    [Fact]
    public void A_quotation_inside_an_answer_is_the_person_the_answer_describes_and_then_calls_he()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Marta Ilves has run the ferry for thirty years. Jonas Reid spoke with her on the quay."),
            new(2, "Q: Who taught you?"),
            new(3, "A: Anton Siig, the harbourmaster, lent me his boat. On my first day he told me, “Never trust a calm morning in March.”"),
            new(4, "Q: And did you listen?"),
            new(5, "A: Not once. Rauna Bay, the harbour, is calmer now, and he said, “You will learn it the hard way.”"),
        ];

        var quotes = DirectQuotes(paragraphs);

        Assert.Equal("Anton Siig", quotes.Single(quote => quote.Text.StartsWith("Never trust", StringComparison.Ordinal)).Speaker);
        // A place with an appositive is not a person: "he" in its paragraph is still someone named before.
        Assert.NotEqual("Rauna Bay", quotes.Single(quote => quote.Text.StartsWith("You will learn", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Questions_and_answers_without_an_interview_are_not_given_to_a_person()
    {
        Paragraph[] paragraphs =
        [
            new(1, "Harbour Road will close for resurfacing next month. Mayor Lena Fisk announced the dates on Monday."),
            new(2, "Q: When does the road close?"),
            new(3, "A: On the first of June, for about three weeks."),
            new(4, "Q: Will buses still run?"),
            new(5, "A: Yes, on a diversion through the market square."),
        ];

        var turns = DirectQuotes(paragraphs).Where(quote => quote.Paragraph > 1).ToList();

        Assert.All(turns, quote => Assert.Null(quote.Speaker));
    }

    [Fact]
    public void The_front_matter_can_say_who_was_interviewed_and_by_whom()
    {
        Paragraph[] paragraphs =
        [
            new(1, "The ferry to Holm has run every morning for a century. This is an edited transcript."),
            new(2, "Q: When did you first take the wheel?"),
            new(3, "A: I was nineteen, and my father stood behind me the whole crossing."),
            new(4, "Q: Will the new bridge put you out of work?"),
            new(5, "A: Probably, but the island will be better for it."),
        ];
        var metadata = ArticleMetadata.Empty with { Extra = new Dictionary<string, string> { ["interview"] = "Marta Ilves interviewed by Jonas Reid for Island Life, May 2026" } };

        var article = ArticleBuilder.Build(new ArticleSource("holm-ferry", "holm-ferry.md", metadata, paragraphs));

        Assert.Equal(["Jonas Reid", "Marta Ilves", "Jonas Reid", "Marta Ilves"], article.Quotes.Where(quote => !quote.IsParaphrase).Select(quote => quote.Speaker));
        Assert.Contains(article.Speakers, speaker => speaker.Name == "Marta Ilves");
    }
}
