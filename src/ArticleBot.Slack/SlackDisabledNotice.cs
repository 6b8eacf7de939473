using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>Says once, at start, that Slack is off and which key turns it on, so a missing token is not a mystery.</summary>
internal sealed class SlackDisabledNotice(ILogger<SlackDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        SlackLog.Disabled(logger, SlackOptions.BotTokenKey);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
