using System.Diagnostics.Metrics;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Commands;

namespace ArticleBot.Core.Telemetry;

/// <summary>
/// The bot's instruments, on one <see cref="Meter"/> named <see cref="MeterName"/>. One instance per host, made from
/// the host's <see cref="IMeterFactory"/> so that each host (and each test host) has its own meter; every consumer
/// takes it as an optional dependency, so the CLI and unit tests that never register it record nothing.
/// </summary>
public sealed class ArticleBotMetrics
{
    public const string MeterName = "ArticleBot";

    private readonly Counter<long> _questions;
    private readonly Counter<long> _unanswered;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _indexRebuilds;
    private readonly Counter<long> _indexBuildFailures;
    private readonly UpDownCounter<long> _indexStale;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _adminCommands;

    public ArticleBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("articlebot.questions", "{question}", "Questions answered, by platform and intent.");
        _unanswered = meter.CreateCounter<long>("articlebot.questions.unanswered", "{question}", "Questions the articles had no answer for, by platform and intent.");
        _answerDuration = meter.CreateHistogram<double>("articlebot.answer.duration", "ms", "Time to answer one question, by platform and intent.");
        _rateLimited = meter.CreateCounter<long>("articlebot.questions.rate_limited", "{question}", "Questions turned away with a slow-down reply, by platform.");
        _indexRebuilds = meter.CreateCounter<long>("articlebot.index.rebuilds", "{generation}", "Index generations built from the articles.");
        _indexBuildFailures = meter.CreateCounter<long>("articlebot.index.build_failures", "{build}", "Index generations that could not be written (a full or read-only disk); the last complete one kept serving.");
        // An up-down counter rather than an observable gauge: it needs no callback into the index, and Prometheus
        // shows it as a gauge all the same.
        _indexStale = meter.CreateUpDownCounter<long>("articlebot.index.stale", "{index}", "1 while the index serves its last complete generation because a newer one could not be written.");
        _reconnects = meter.CreateCounter<long>("articlebot.gateway.reconnects", "{connection}", "Chat connections opened again after a drop, by platform.");
        _adminCommands = meter.CreateCounter<long>("articlebot.admin.commands", "{command}", "Admin chat commands (add, remove an article), by platform, command and outcome.");
        _resumes = meter.CreateCounter<long>("articlebot.gateway.resumes", "{session}", "Gateway sessions resumed where they left off, by platform.");
    }

    public void QuestionAnswered(ChatOrigin origin, ChatReply reply, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(reply);
        var platform = new KeyValuePair<string, object?>("platform", origin.Platform);
        var intent = new KeyValuePair<string, object?>("intent", IntentTag(reply.Intent));
        _questions.Add(1, platform, intent);
        if (!reply.Answered)
        {
            _unanswered.Add(1, platform, intent);
        }

        _answerDuration.Record(elapsed.TotalMilliseconds, platform, intent);
    }

    public void QuestionRateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>An admin command done; <paramref name="command"/> is its tag in the table of commands.</summary>
    public void AdminCommand(string platform, string command, bool succeeded) => _adminCommands.Add(1,
        new KeyValuePair<string, object?>("platform", platform),
        new KeyValuePair<string, object?>("command", command),
        new KeyValuePair<string, object?>("outcome", succeeded ? "done" : "refused"));

    public void IndexRebuilt() => _indexRebuilds.Add(1);

    public void IndexBuildFailed() => _indexBuildFailures.Add(1);

    /// <summary>Called once when the index becomes stale and once when it is current again.</summary>
    public void IndexStaleChanged(bool stale) => _indexStale.Add(stale ? 1 : -1);

    public void Reconnected(string platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Resumed(string platform) => _resumes.Add(1, new KeyValuePair<string, object?>("platform", platform));

    // Lower-case names are what dashboards expect; the table's tags are constants, so no allocation per question.
    private static string IntentTag(QuestionIntent intent) => ChatCommands.For(intent).MetricTag;
}
