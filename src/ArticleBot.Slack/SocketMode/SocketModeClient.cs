using System.Net.WebSockets;
using System.Threading.Channels;
using ArticleBot.Core;
using ArticleBot.Core.Telemetry;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack.SocketMode;

/// <summary>
/// Keeps Socket Mode connected: a fresh <c>apps.connections.open</c> URL per connection, a second connection as
/// soon as Slack announces a recycle (so envelopes keep flowing), backoff after unannounced drops, and a stop when
/// Socket Mode is switched off.
/// </summary>
internal sealed class SocketModeClient(
    SlackWebApiClient web,
    SlackIngress ingress,
    SlackTimings timings,
    TimeProvider time,
    ILogger<SocketModeClient> logger,
    ArticleBotMetrics? metrics = null)
{
    private int _ready;

    public bool IsConnected => Volatile.Read(ref _ready) > 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signals = Channel.CreateUnbounded<Signal>();
        var live = new Dictionary<int, Task>();
        var replaced = new HashSet<int>();
        var failures = 0;
        var nextId = 0;

        async Task StartAsync()
        {
            while (true)
            {
                ClientWebSocket? socket = null;
                try
                {
                    var url = await web.OpenConnectionAsync(stopping.Token);
                    socket = new ClientWebSocket();
                    socket.Options.KeepAliveInterval = timings.KeepAlive;
                    socket.Options.KeepAliveTimeout = timings.KeepAlive;
                    await socket.ConnectAsync(url, stopping.Token);
                    var id = nextId++;
                    live[id] = RunConnectionAsync(id, new SocketModeConnection(socket, ingress, logger), signals.Writer, stopping.Token);
                    return;
                }
                catch (Exception ex) when (ex is not ArticleBotException { IsFatal: true } && !stopping.IsCancellationRequested)
                {
                    socket?.Dispose();
                    var delay = Backoff.Delay(failures++, timings);
                    SlackLog.SocketDropped(logger, ex.Message, delay, NetworkFaults.IsExpected(ex) ? null : ex);
                    await Task.Delay(delay, time, stopping.Token);
                }
            }
        }

        try
        {
            await StartAsync();
            await foreach (var signal in signals.Reader.ReadAllAsync(stopping.Token))
            {
                switch (signal)
                {
                    case Signal.Hello:
                        failures = 0;
                        break;
                    case Signal.ReplacementNeeded(var id) when replaced.Add(id):
                        await StartAsync();
                        break;
                    case Signal.Ended(var id, var end):
                        live.Remove(id);
                        if (end == SocketEnd.LinkDisabled)
                        {
                            throw new ArticleBotException(
                                $"Slack disabled Socket Mode for this app (link_disabled). Turn Socket Mode on in the app's settings, or remove {SlackOptions.AppTokenKey} and set {SlackOptions.SigningSecretKey} to use HTTP mode.",
                                isFatal: true);
                        }

                        if (live.Count == 0)
                        {
                            if (end != SocketEnd.Retired)
                            {
                                var delay = Backoff.Delay(failures++, timings);
                                SlackLog.SocketDropped(logger, "the connection closed", delay);
                                await Task.Delay(delay, time, stopping.Token);
                            }

                            metrics?.Reconnected("slack");
                            await StartAsync();
                        }

                        break;
                }
            }
        }
        finally
        {
            await stopping.CancelAsync();
            await Task.WhenAll(live.Values);
        }
    }

    private async Task RunConnectionAsync(int id, SocketModeConnection connection, ChannelWriter<Signal> signals, CancellationToken cancellationToken)
    {
        var ready = false;
        try
        {
            var end = await connection.RunAsync(
                (connections, seconds) =>
                {
                    if (!ready)
                    {
                        ready = true;
                        Interlocked.Increment(ref _ready);
                    }

                    SlackLog.SocketConnected(logger, connections, seconds);
                    signals.TryWrite(new Signal.Hello(id));
                },
                () => signals.TryWrite(new Signal.ReplacementNeeded(id)),
                cancellationToken);
            signals.TryWrite(new Signal.Ended(id, end));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever broke this link, the supervisor must hear of it or nothing would reconnect.
            signals.TryWrite(new Signal.Ended(id, SocketEnd.Dropped));
        }
        finally
        {
            if (ready)
            {
                Interlocked.Decrement(ref _ready);
            }

            connection.Dispose();
        }
    }

    private abstract record Signal
    {
        public sealed record Hello(int Id) : Signal;

        public sealed record ReplacementNeeded(int Id) : Signal;

        public sealed record Ended(int Id, SocketEnd End) : Signal;
    }
}
