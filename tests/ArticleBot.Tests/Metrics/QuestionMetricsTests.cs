using ArticleBot.Core.Answering;
using ArticleBot.Core.Telemetry;
using ArticleBot.Hosting.Metrics;
using ArticleBot.Hosting.RateLimiting;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Tests.Metrics;

public sealed class QuestionMetricsTests : IDisposable
{
    private readonly MetricsRecorder _recorder = new();
    private readonly FakeQuestionAnswerer _inner = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ArticleBotMetrics _metrics;

    public QuestionMetricsTests() => _metrics = new ArticleBotMetrics(_recorder);

    public void Dispose() => _recorder.Dispose();

    private static ChatQuestion From(string platform, string text, QuestionIntent? intent = null) =>
        new(text, intent) { Origin = new ChatOrigin(platform, "U1", "C1", Guid.NewGuid().ToString()) };

    [Fact]
    public void An_answered_question_is_counted_by_platform_and_intent_and_timed()
    {
        var answerer = new MeteredAnswerer(_inner, _metrics, _time);
        var reply = _inner.Reply;
        _inner.Reply = question =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(40));
            return reply(question);
        };

        answerer.Answer(From("discord", "closed-source moats", QuestionIntent.Quote));
        answerer.Answer(From("slack", "Who founded DeepSeek?", QuestionIntent.Who));

        Assert.Equal(1, _recorder.Total("articlebot.questions", ("platform", "discord"), ("intent", "quote")));
        Assert.Equal(1, _recorder.Total("articlebot.questions", ("platform", "slack"), ("intent", "who")));
        Assert.Equal(0, _recorder.Total("articlebot.questions.unanswered"));
        Assert.Equal([40.0], _recorder.Values("articlebot.answer.duration", ("platform", "discord"), ("intent", "quote")));
    }

    [Fact]
    public void A_question_the_articles_cannot_answer_is_counted_as_unanswered()
    {
        var answerer = new MeteredAnswerer(_inner, _metrics, _time);
        _inner.Reply = question => new ChatReply(question.Text, Answered: false, QuestionIntent.Ask, [], "I couldn't find that in the article.", []);

        answerer.Answer(From("web", "What is the airspeed of a swallow?"));

        Assert.Equal(1, _recorder.Total("articlebot.questions", ("platform", "web"), ("intent", "ask")));
        Assert.Equal(1, _recorder.Total("articlebot.questions.unanswered", ("platform", "web"), ("intent", "ask")));
    }

    [Fact]
    public void A_question_turned_away_by_the_rate_limit_is_counted_as_rate_limited_and_not_as_answered()
    {
        var limiter = new RateLimitedAnswerer(
            new MeteredAnswerer(_inner, _metrics, _time),
            Options.Create(new RateLimitOptions { UserQuestions = 1, UserWindow = TimeSpan.FromMinutes(1) }),
            _time,
            NullLogger<RateLimitedAnswerer>.Instance,
            _metrics);

        limiter.Answer(From("discord", "Who founded DeepSeek?"));
        var second = limiter.Answer(From("discord", "Who founded DeepSeek?"));

        Assert.False(second.Answered);
        Assert.Equal(1, _recorder.Total("articlebot.questions.rate_limited", ("platform", "discord")));
        Assert.Equal(1, _recorder.Total("articlebot.questions"));
        Assert.Equal(0, _recorder.Total("articlebot.questions.unanswered"));
    }

    [Fact]
    public void A_web_request_answered_429_is_counted_as_rate_limited_on_the_web_platform()
    {
        var limiter = new WebRequestLimiter(
            Options.Create(new RateLimitOptions { WebRequests = 1, WebWindow = TimeSpan.FromMinutes(1) }), _time, NullLogger<WebRequestLimiter>.Instance, _metrics);

        limiter.Acquire("127.0.0.1");
        var wait = limiter.Acquire("127.0.0.1");

        Assert.True(wait > TimeSpan.Zero);
        Assert.Equal(1, _recorder.Total("articlebot.questions.rate_limited", ("platform", "web")));
    }
}
