using System.Runtime.ExceptionServices;
using ArticleBot.Core;
using ArticleBot.Core.Chat;
using ArticleBot.Slack.SocketMode;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

/// <summary>
/// ArticleBot on Slack: Socket Mode when an app-level token is set, otherwise HTTP mode (the endpoints of
/// <see cref="Http.SlackEndpoints.MapSlackEndpoints"/> feed it). Either way a few workers answer what arrives.
/// </summary>
internal sealed class SlackAdapter(
    IOptions<SlackOptions> options,
    SocketModeClient socketMode,
    SlackInbox inbox,
    SlackResponder responder,
    SlackTimings timings,
    ILogger<SlackAdapter> logger) : IChatAdapter
{
    private volatile bool _httpRunning;

    public string Platform => SlackResponder.Platform;

    public bool IsConnected => options.Value.UsesSocketMode ? socketMode.IsConnected : _httpRunning;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Reading the settings validates them (SlackOptionsValidator), as the host already did at start.
        var settings = options.Value;
        SlackLog.Starting(logger, settings.UsesSocketMode ? "Socket Mode" : "HTTP");

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var draining = new CancellationTokenSource();
        var fatal = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = Enumerable.Range(0, timings.Workers).Select(_ => Task.Run(() => WorkAsync(fatal, stopping.Token, draining.Token), CancellationToken.None)).ToList();
        var connection = settings.UsesSocketMode ? socketMode.RunAsync(stopping.Token) : RunHttpModeAsync(stopping.Token);
        try
        {
            var first = await Task.WhenAny(connection, fatal.Task);
            if (first == fatal.Task)
            {
                ExceptionDispatchInfo.Throw(await fatal.Task);
            }

            await connection;
        }
        finally
        {
            await stopping.CancelAsync();
            await Task.WhenAll(workers).WaitAsync(timings.DrainTimeout).ContinueWith(_ => { }, TaskScheduler.Default);
            await draining.CancelAsync();
            // A worker inside the (synchronous, uncancellable) answerer is not waited for past a moment: the exit
            // stays bounded, and a fatal error has already been reported through the fatal task.
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(1)).ContinueWith(_ => { }, TaskScheduler.Default);
            await Task.WhenAny(connection);
        }
    }

    private async Task RunHttpModeAsync(CancellationToken cancellationToken)
    {
        _httpRunning = true;
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            _httpRunning = false;
        }
    }

    /// <summary>Answers what arrives until stopped, then what is already queued: those events were acknowledged, so
    /// Slack will not send them again. Replies are cut off only when <paramref name="draining"/> runs out.</summary>
    private async Task WorkAsync(TaskCompletionSource<Exception> fatal, CancellationToken stopping, CancellationToken draining)
    {
        try
        {
            try
            {
                await foreach (var incoming in inbox.Reader.ReadAllAsync(stopping))
                {
                    await responder.HandleAsync(incoming, draining);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }

            while (!draining.IsCancellationRequested && inbox.Reader.TryRead(out var queued))
            {
                await responder.HandleAsync(queued, draining);
            }
        }
        catch (OperationCanceledException) when (draining.IsCancellationRequested)
        {
        }
        catch (ArticleBotException ex) when (ex.IsFatal)
        {
            fatal.TrySetResult(ex);
        }
    }
}
