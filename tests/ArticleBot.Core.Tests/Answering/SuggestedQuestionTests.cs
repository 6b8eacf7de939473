using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>What a declined question is offered instead (over the seed and the harbour bridge article): questions near
/// it that the articles answer, worded as questions, never outside the question's scope.</summary>
public sealed class SuggestedQuestionTests
{
    private const string Bridge = "harbor-bridge";
    private const string Seed = "deepseek-liang-wenfeng";

    // Declined, but the closest passages are of one article each.
    private const string NearTheBridge = "What did the ferry operators say about the strike?";
    private const string NearTheSeed = "When did DeepSeek hire its first employee?";

    private static IQuestionAnswerer Answerer => SeedAnswerer.TwoArticles;

    private static IReadOnlyList<string> Questions(ChatReply reply) => reply.SuggestionsOrEmpty.Where(suggestion => suggestion != "/source").ToList();

    [Fact]
    public void Two_misses_near_different_articles_get_different_suggestions_each_answered_from_the_article_it_was_near()
    {
        var bridge = Answerer.Answer(new ChatQuestion(NearTheBridge));
        var seed = Answerer.Answer(new ChatQuestion(NearTheSeed));

        Assert.False(bridge.Answered);
        Assert.False(seed.Answered);
        Assert.NotEqual(Questions(bridge), Questions(seed));
        Assert.Equal(Bridge, Assert.Single(AnsweredFrom(Questions(bridge)).Take(1)));
        Assert.Equal(Seed, Assert.Single(AnsweredFrom(Questions(seed)).Take(1)));
    }

    [Theory]
    [InlineData(NearTheBridge)]
    [InlineData(NearTheSeed)]
    [InlineData("What is the boiling point of water?")]
    public void Every_suggestion_reads_as_a_question_and_is_answered(string declined)
    {
        var reply = Answerer.Answer(new ChatQuestion(declined));

        Assert.False(reply.Answered);
        Assert.Equal("/source", reply.SuggestionsOrEmpty[^1]);
        Assert.InRange(Questions(reply).Count, 2, SuggestedQuestions.MaxQuestions);
        Assert.All(Questions(reply), question => Assert.Matches(@"^(Who|What|When|Where|Why|How)\b.*\?$", question));
        Assert.All(Questions(reply), question => Assert.True(Answerer.Answer(new ChatQuestion(question)).Answered, question));
    }

    [Theory]
    [InlineData(Bridge, NearTheSeed)]
    [InlineData(Seed, NearTheBridge)]
    public void A_channel_limited_to_one_article_is_only_offered_questions_that_article_answers(string article, string declined)
    {
        var reply = Answerer.Answer(new ChatQuestion(declined) { ArticleIds = [article] });

        AssertEveryQuestionIsAnsweredFrom(article, Questions(reply), question => new ChatQuestion(question) { ArticleIds = [article] });
    }

    [Theory]
    [InlineData(Bridge, NearTheSeed)]
    [InlineData(Seed, NearTheBridge)]
    public void The_pages_article_picker_keeps_suggestions_to_the_article_picked(string article, string declined)
    {
        var reply = Answerer.Answer(new ChatQuestion(declined) { ArticleId = article });

        AssertEveryQuestionIsAnsweredFrom(article, Questions(reply), question => new ChatQuestion(question) { ArticleId = article });
    }

    [Fact]
    public void A_follow_up_that_cannot_be_resolved_in_a_limited_channel_suggests_only_its_articles_questions()
    {
        var reply = Answerer.Answer(new ChatQuestion("what else did she say?") { InConversation = true, ArticleIds = [Bridge] });

        AssertEveryQuestionIsAnsweredFrom(Bridge, Questions(reply), question => new ChatQuestion(question) { ArticleIds = [Bridge] });
    }

    /// <summary>Each question is answered in the scope, and asked with no scope at all is still answered from that
    /// article: a suggestion does not lean on the scope to find its answer.</summary>
    private static void AssertEveryQuestionIsAnsweredFrom(string article, IReadOnlyList<string> questions, Func<string, ChatQuestion> inScope)
    {
        Assert.NotEmpty(questions);
        foreach (var question in questions)
        {
            var scoped = Answerer.Answer(inScope(question));
            Assert.True(scoped.Answered, question);
            Assert.All(scoped.Results, passage => Assert.Equal(article, passage.ArticleId));
            Assert.Equal(article, Answerer.Answer(new ChatQuestion(question)).Results.FirstOrDefault()?.ArticleId);
        }
    }

    private static IEnumerable<string?> AnsweredFrom(IEnumerable<string> questions) =>
        questions.Select(question => Answerer.Answer(new ChatQuestion(question))).Select(reply => reply.Answered ? reply.Results[0].ArticleId : null);
}
