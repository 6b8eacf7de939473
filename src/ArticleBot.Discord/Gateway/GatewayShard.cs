using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core;
using ArticleBot.Core.Telemetry;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Gateway;

/// <summary>
/// One shard's gateway session, following the state machine of the protocol fact sheet (1.1–1.4): HELLO, heartbeats
/// with first-beat jitter, IDENTIFY or RESUME, dispatches with their sequence numbers, op 1/7/9/11, close codes, and
/// reconnects with backoff. Dispatches are handed to <paramref name="onDispatch"/> in order; it must not block.
/// </summary>
internal sealed class GatewayShard(
    int shardId,
    int shardCount,
    DiscordOptions options,
    DiscordRestClient rest,
    IdentifyGate identifyGate,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger,
    ArticleBotMetrics? metrics,
    BotIdentity identity,
    Func<GatewayFrame, ValueTask> onDispatch)
{
    private readonly SessionStore _sessions = new(options.SessionFolder, time);
    private volatile bool _connected;

    public GatewaySession Session { get; } = new();

    public bool IsConnected => _connected;

    public int ShardId => shardId;

    /// <summary>Whether some channel answers forum posts, whose first messages mention no one (see <see cref="GatewayIntentSets"/>).</summary>
    public bool ReadsForumPosts { get; init; }

    /// <summary>Runs until cancelled; throws a fatal <see cref="ArticleBotException"/> on a close code that retrying
    /// cannot fix.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunSessionsAsync(cancellationToken);
        }
        finally
        {
            // Stopping closed the gateway with a resumable code: keep the session for the next process.
            if (cancellationToken.IsCancellationRequested)
            {
                _sessions.Save(shardId, Session, identity);
            }
        }
    }

    private async Task RunSessionsAsync(CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(timings.ReconnectInitialDelay, timings.ReconnectMaxDelay);
        var next = _sessions.TryRestore(shardId, Session, identity) ? DisconnectAction.Resume : DisconnectAction.Identify;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConnectionOutcome outcome;
            try
            {
                Uri url;
                if (next == DisconnectAction.Resume && Session.CanResume)
                {
                    url = Session.ResumeGatewayUrl!;
                }
                else
                {
                    Session.Reset();
                    url = await GatewayUrlForIdentifyAsync(cancellationToken);
                }

                outcome = await RunConnectionAsync(url, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not ArticleBotException { IsFatal: true })
            {
                // Anything else is transient as far as the session goes: reconnect with backoff rather than end the
                // adapter; only the documented fatal close codes and a rejected token stop it.
                outcome = new ConnectionOutcome(next, ex.Message);
            }

            if (outcome.Action == DisconnectAction.Stop)
            {
                throw new ArticleBotException(CloseCodePolicy.FatalMessage(outcome.CloseCode ?? 0), isFatal: true);
            }

            if (outcome.ReachedSession)
            {
                backoff.Reset();
            }

            next = outcome.Action;
            var delay = backoff.Next();
            DiscordLog.Disconnected(logger, shardId, outcome.Reason, next.ToString(), delay.TotalMilliseconds);
            metrics?.Reconnected("discord");
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>The gateway address always comes from /gateway/bot; its session budget is checked before every
    /// IDENTIFY, because running out of session starts resets the bot token.</summary>
    private async Task<Uri> GatewayUrlForIdentifyAsync(CancellationToken cancellationToken)
    {
        var info = await rest.GetGatewayBotAsync(cancellationToken);
        if (info.SessionStartsRemaining <= 0)
        {
            DiscordLog.NoSessionStarts(logger, info.SessionStartsResetAfter.TotalMilliseconds);
            await Task.Delay(info.SessionStartsResetAfter, time, cancellationToken);
        }

        return info.Url;
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, CancellationToken cancellationToken)
    {
        DiscordLog.Connecting(logger, shardId, url);
        await using var connection = await GatewayConnection.ConnectAsync(url, cancellationToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = new HeartbeatState();
        Task heartbeatLoop = Task.CompletedTask;
        var reachedSession = false;
        // Stopping closes the socket with a non-1000 code, which tells Discord the session may be resumed where a
        // 1000 would end it (fact sheet 1.3); the close ends the receive below. The receive itself takes no
        // stopping token because cancelling a pending WebSocket receive aborts the socket before any close is sent.
        var closing = Task.CompletedTask;
        await using var closeOnStop = cancellationToken.Register(() => closing = connection.CloseForResumeAsync(CancellationToken.None));
        try
        {
            while (true)
            {
                GatewayFrame? frame;
                try
                {
                    frame = await connection.ReceiveAsync(CancellationToken.None);
                }
                catch (JsonException ex)
                {
                    // One frame that is not a gateway frame says nothing about the link or the session: skip it rather
                    // than reconnect, which before READY would even cost a fresh IDENTIFY (a session start).
                    DiscordLog.MalformedFrame(logger, shardId, ex.GetType().Name);
                    continue;
                }

                if (frame is null)
                {
                    var code = connection.CloseStatus;
                    return new ConnectionOutcome(CloseCodePolicy.ActionFor(code), $"closed by Discord ({code})", code, reachedSession);
                }

                switch (frame.Op)
                {
                    case GatewayOpCode.Hello:
                        var hello = HelloEvent.Parse(frame.Data);
                        heartbeatLoop = HeartbeatLoopAsync(connection, hello.HeartbeatInterval, heartbeat, linked.Token);
                        await SendIdentifyOrResumeAsync(connection, linked.Token);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        heartbeat.Acknowledged = true;
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(connection, linked.Token);
                        break;
                    case GatewayOpCode.Reconnect:
                        await connection.CloseForResumeAsync(cancellationToken);
                        return new ConnectionOutcome(DisconnectAction.Resume, "op 7 reconnect", ReachedSession: reachedSession);
                    case GatewayOpCode.InvalidSession:
                        var resumable = frame.Data.ValueKind == JsonValueKind.True;
                        await connection.CloseForResumeAsync(cancellationToken);
                        return new ConnectionOutcome(
                            resumable && Session.CanResume ? DisconnectAction.Resume : DisconnectAction.Identify,
                            $"op 9 invalid session ({(resumable ? "resumable" : "not resumable")})",
                            ReachedSession: reachedSession);
                    case GatewayOpCode.Dispatch:
                        Session.Observe(frame.Sequence);
                        reachedSession |= OnSessionEvent(frame);
                        await onDispatch(frame);
                        break;
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested &&
                                   ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return new ConnectionOutcome(
                DisconnectAction.Resume,
                heartbeat.Zombie ? "no heartbeat ACK (zombie link)" : $"connection dropped ({ex.GetType().Name})",
                ReachedSession: reachedSession);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested &&
                                   ex is WebSocketException or IOException or ObjectDisposedException)
        {
            throw new OperationCanceledException("The bot is stopping.", ex, cancellationToken);
        }
        finally
        {
            _connected = false;
            await linked.CancelAsync();
            await closing;
            connection.Abort();
            await heartbeatLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private bool OnSessionEvent(GatewayFrame frame)
    {
        switch (frame.EventName)
        {
            case "READY":
                var ready = ReadyEvent.Parse(frame.Data);
                Session.Start(ready.SessionId, ready.ResumeGatewayUrl);
                _connected = true;
                DiscordLog.Ready(logger, shardId, ready.User.Username ?? ready.User.Id);
                return true;
            case "RESUMED":
                _connected = true;
                DiscordLog.Resumed(logger, shardId);
                metrics?.Resumed("discord");
                return true;
            default:
                return false;
        }
    }

    private async Task HeartbeatLoopAsync(GatewayConnection connection, TimeSpan interval, HeartbeatState state, CancellationToken cancellationToken)
    {
        // The first beat waits interval × jitter so that many clients reconnecting at once do not beat together.
        await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!state.Acknowledged)
            {
                state.Zombie = true;
                DiscordLog.Zombie(logger, shardId);
                await connection.CloseForResumeAsync(cancellationToken);
                return;
            }

            state.Acknowledged = false;
            await SendHeartbeatAsync(connection, cancellationToken);
            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private Task SendHeartbeatAsync(GatewayConnection connection, CancellationToken cancellationToken) =>
        connection.SendAsync(GatewayPayloads.Heartbeat(Session.Sequence), cancellationToken);

    private async Task SendIdentifyOrResumeAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        if (Session.CanResume)
        {
            await connection.SendAsync(GatewayPayloads.Resume(options.Token, Session.SessionId, Session.Sequence), cancellationToken);
            return;
        }

        await identifyGate.WaitTurnAsync(shardId, cancellationToken);
        var shard = shardCount > 1 ? (shardId, shardCount) : ((int, int)?)null;
        await connection.SendAsync(GatewayPayloads.Identify(options.Token, GatewayIntentSets.For(options, ReadsForumPosts), shard), cancellationToken);
    }

    private sealed class HeartbeatState
    {
        private volatile bool _acknowledged = true;
        private volatile bool _zombie;

        /// <summary>True until a beat is sent, then false until its op 11 arrives.</summary>
        public bool Acknowledged { get => _acknowledged; set => _acknowledged = value; }

        public bool Zombie { get => _zombie; set => _zombie = value; }
    }
}
