using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>Says once, at start, that Slack is off and which key decided it, so a missing token is not a mystery.</summary>
internal sealed class SlackDisabledNotice(ILogger<SlackDisabledNotice> logger, SlackDisabledNotice.Reason reason) : IHostedService
{
    /// <summary>Why Slack is off: the key that turned it off, and what it says.</summary>
    public sealed record Reason(string Key, string Why);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        SlackLog.Disabled(logger, reason.Key, reason.Why);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
