using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary><see cref="ChatQuestion.ArticleIds"/> (a channel that answers from some articles only) and
/// <see cref="ChatQuestion.ArticleId"/> (the page's "ask within"), on a real index of two articles.</summary>
public sealed class ArticleScopeTests : IDisposable
{
    private const string Seed = "deepseek-liang-wenfeng";
    private const string Bridge = "harbor-bridge";
    private readonly SeedAnswerer _answerer = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("harbor-bridge.md"), RepoPaths.SeedArticle);

    public void Dispose() => _answerer.Dispose();

    [Fact]
    public void A_question_restricted_to_its_article_is_answered_from_it()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?") { ArticleIds = [Seed] });

        Assert.True(reply.Answered);
        Assert.All(reply.Results, passage => Assert.Equal(Seed, passage.ArticleId));
    }

    [Fact]
    public void A_question_restricted_to_another_article_is_never_answered_from_the_one_that_holds_it()
    {
        var open = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?"));
        var restricted = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?") { ArticleIds = [Bridge] });

        Assert.Equal(Seed, open.Results[0].ArticleId);
        Assert.DoesNotContain(restricted.Results, passage => passage.ArticleId == Seed);
    }

    [Fact]
    public void A_quote_lookup_keeps_to_the_channels_articles()
    {
        var open = _answerer.Answerer.Answer(new ChatQuestion("no inscrutable wizards", QuestionIntent.Quote));
        var restricted = _answerer.Answerer.Answer(new ChatQuestion("no inscrutable wizards", QuestionIntent.Quote) { ArticleIds = [Bridge] });

        Assert.Equal(Seed, open.Results[0].ArticleId);
        Assert.DoesNotContain(restricted.Results, passage => passage.ArticleId == Seed);
    }

    [Fact]
    public void What_else_did_he_say_keeps_to_the_channels_articles()
    {
        var first = _answerer.Answerer.Answer(new ChatQuestion("Who said more investment doesn't necessarily result in more innovation?") { InConversation = true });
        var open = _answerer.Answerer.Answer(new ChatQuestion("what else did he say?") { InConversation = true, Previous = first.Conversation });
        var restricted = _answerer.Answerer.Answer(new ChatQuestion("what else did he say?") { InConversation = true, Previous = first.Conversation, ArticleIds = [Bridge] });

        Assert.Contains(open.Results, passage => passage.ArticleId == Seed);
        Assert.False(restricted.Answered);
        Assert.Empty(restricted.Results);
    }

    [Fact]
    public void The_source_listing_and_a_paragraph_in_full_keep_to_the_channels_articles()
    {
        var listing = _answerer.Answerer.Answer(new ChatQuestion("/source", QuestionIntent.Source) { ArticleIds = [Bridge] });
        var paragraph = _answerer.Answerer.Answer(new ChatQuestion($"{Seed} 2", QuestionIntent.Source) { ArticleIds = [Bridge] });
        var open = _answerer.Answerer.Answer(new ChatQuestion($"{Seed} 2", QuestionIntent.Source));

        Assert.Equal([Bridge], listing.Results.Select(passage => passage.ArticleId));
        Assert.True(open.Answered);
        Assert.False(paragraph.Answered);
        Assert.Empty(paragraph.Results);
        Assert.DoesNotContain(Seed, paragraph.Message);
    }

    [Fact]
    public void Help_suggests_starters_from_the_channels_articles_only()
    {
        var open = _answerer.Answerer.Answer(new ChatQuestion("help", QuestionIntent.Help));
        var restricted = _answerer.Answerer.Answer(new ChatQuestion("help", QuestionIntent.Help) { ArticleIds = [Bridge] });

        Assert.Contains(open.SuggestionsOrEmpty, starter => starter.Contains("Liang Wenfeng", StringComparison.Ordinal));
        Assert.NotEmpty(restricted.SuggestionsOrEmpty);
        Assert.DoesNotContain(restricted.SuggestionsOrEmpty, starter => starter.Contains("Liang", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_list_means_every_article()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?") { ArticleIds = [] });

        Assert.Equal(Seed, reply.Results[0].ArticleId);
    }

    [Fact]
    public void A_question_asked_within_one_article_is_answered_only_from_it()
    {
        var all = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?", Top: 10));
        var within = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?", Top: 10) { ArticleId = Bridge });

        Assert.Equal(Seed, all.Results[0].ArticleId);
        Assert.All(within.Results, passage => Assert.Equal(Bridge, passage.ArticleId));
    }

    [Fact]
    public void A_quotation_looked_up_within_the_other_article_is_not_found_there()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("no inscrutable wizards", QuestionIntent.Quote) { ArticleId = Bridge });

        Assert.DoesNotContain(reply.Results, passage => passage.ArticleId != Bridge);
        Assert.DoesNotContain(reply.Results, passage => passage.Quote?.Contains("wizards", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_article_that_is_not_indexed_gets_a_clear_answer()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder?") { ArticleId = "no-such-article" });

        Assert.False(reply.Answered);
        Assert.Equal("There is no article \"no-such-article\". /source lists them.", reply.Message);
    }
}
