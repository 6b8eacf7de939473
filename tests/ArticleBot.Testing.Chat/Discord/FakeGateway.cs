using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>
/// The fake gateway WebSocket, following the protocol fact sheet 7.1: query check, HELLO with a short interval,
/// ACKs (which can be withheld), IDENTIFY checks (token, intents), READY with a session and a separate resume URL,
/// sequence numbers with a replay buffer for RESUME, and injectable op 7 / op 9 / close codes / drops.
/// </summary>
internal sealed class FakeGateway(string token)
{
    private const int KnownIntents = (1 << 0) | (1 << 1) | (1 << 8) | (1 << 9) | (1 << 12) | (1 << 15);
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);

    private readonly ConcurrentDictionary<string, FakeSession> _sessions = new();
    private readonly ConcurrentQueue<JsonElement> _identifies = new();
    private readonly ConcurrentQueue<JsonElement> _resumes = new();
    private readonly ConcurrentQueue<JsonElement> _heartbeats = new();
    private readonly ConcurrentQueue<int> _clientCloses = new();
    private int _sessionCount;
    private int _connections;

    /// <summary>
    /// The interval HELLO announces: Discord's own (the recorded hello.json says 45 s) unless a test is about
    /// heartbeats. A short default let a beat delayed on a busy machine time the session out (4009), which is
    /// Discord's behaviour but lost the test's dispatches to a session the bot had to replace.
    /// </summary>
    public int HeartbeatIntervalMs { get; set; } = 45_000;

    public bool WithholdAcks { get; set; }

    /// <summary>How many heartbeat intervals without a heartbeat before the fake closes with 4009 (session timed out).</summary>
    public double SessionTimeoutIntervals { get; set; } = 1.5;

    /// <summary>Privileged intents "switched on in the portal".</summary>
    public int EnabledPrivilegedIntents { get; set; }

    /// <summary>Also replays this many already-delivered dispatches on RESUME: a duplicate delivery, which Discord
    /// allows ("an event may arrive more than once").</summary>
    public int ReplayOverlap { get; set; }

    public Uri? ResumeUrl { get; set; }

    public IReadOnlyCollection<JsonElement> Identifies => _identifies;

    public IReadOnlyCollection<JsonElement> Resumes => _resumes;

    public IReadOnlyCollection<JsonElement> Heartbeats => _heartbeats;

    public int Connections => _connections;

    /// <summary>The close codes of the close frames the bot sent.</summary>
    public IReadOnlyCollection<int> ClientCloses => _clientCloses;

    public FakeSession? LatestSession { get; private set; }

    public FakeGatewayConnection? Current => LatestSession?.Current;

    public async Task HandleAsync(HttpContext context, bool onResumeUrl)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connections);
        var connection = new FakeGatewayConnection(socket, context, onResumeUrl);
        if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            await connection.CloseAsync(4012, "Invalid API version");
            return;
        }

        var hello = Payloads.Load("hello.json");
        hello["d"]!["heartbeat_interval"] = HeartbeatIntervalMs;
        await connection.SendAsync(hello.ToJsonString());
        using var watchdog = new CancellationTokenSource();
        _ = WatchHeartbeatsAsync(connection, watchdog.Token);
        try
        {
            await ReceiveLoopAsync(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // An abrupt client drop: the session stays resumable.
        }
        finally
        {
            await watchdog.CancelAsync();
            if (connection.Session is { } session && session.Current == connection)
            {
                session.Current = null;
            }
        }
    }

    public async Task DispatchAsync(string eventName, JsonNode? data)
    {
        var session = LatestSession ?? throw new InvalidOperationException("No session yet");
        var frame = session.Next(eventName, data);
        if (session.Current is { } connection)
        {
            await connection.SendAsync(frame);
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new byte[16 * 1024];
        var sends = new Queue<DateTimeOffset>();
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _clientCloses.Enqueue((int?)connection.Socket.CloseStatus ?? 0);
                    if (connection.Socket.CloseStatus is WebSocketCloseStatus.NormalClosure or WebSocketCloseStatus.EndpointUnavailable &&
                        connection.Session is { } ended)
                    {
                        ended.Ended = true;
                    }

                    return;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage && length < buffer.Length);

            if (length > 4096)
            {
                await connection.CloseAsync(4002, "Payload too large");
                return;
            }

            var now = DateTimeOffset.UtcNow;
            sends.Enqueue(now);
            while (sends.Count > 0 && now - sends.Peek() > TimeSpan.FromSeconds(60))
            {
                sends.Dequeue();
            }

            if (sends.Count > 120)
            {
                await connection.CloseAsync(4008, "Rate limited");
                return;
            }

            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, length));
            var frame = document.RootElement;
            var data = frame.TryGetProperty("d", out var d) ? d.Clone() : default;
            switch (frame.GetProperty("op").GetInt32())
            {
                case 1:
                    _heartbeats.Enqueue(data);
                    connection.LastHeartbeat = DateTimeOffset.UtcNow;
                    if (!WithholdAcks)
                    {
                        await connection.SendAsync(Payloads.Load("heartbeat_ack.json").ToJsonString());
                    }

                    break;
                case 2:
                    if (!await IdentifyAsync(connection, data))
                    {
                        return;
                    }

                    break;
                case 6:
                    if (!await ResumeAsync(connection, data))
                    {
                        return;
                    }

                    break;
                default:
                    if (!connection.Authenticated)
                    {
                        await connection.CloseAsync(4003, "Not authenticated");
                        return;
                    }

                    break;
            }
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonElement data)
    {
        _identifies.Enqueue(data);
        if (!await AuthenticatesAsync(connection, data))
        {
            return false;
        }

        var intents = data.GetProperty("intents").GetInt32();
        if ((intents & ~KnownIntents) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s)");
            return false;
        }

        if ((intents & PrivilegedIntents & ~EnabledPrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s)");
            return false;
        }

        var session = new FakeSession($"session-{Interlocked.Increment(ref _sessionCount)}");
        _sessions[session.Id] = session;
        connection.Session = session;
        connection.Authenticated = true;
        session.Current = connection;
        LatestSession = session;
        var ready = Payloads.Load("ready.json")["d"]!.AsObject();
        ready["session_id"] = session.Id;
        ready["resume_gateway_url"] = ResumeUrl!.ToString();
        await connection.SendAsync(session.Next("READY", ready));
        return true;
    }

    /// <summary>IDENTIFY and RESUME alike: once per connection, with the bot's token; otherwise closes the
    /// connection with Discord's code.</summary>
    private async Task<bool> AuthenticatesAsync(FakeGatewayConnection connection, JsonElement data)
    {
        if (connection.Authenticated)
        {
            await connection.CloseAsync(4005, "Already authenticated");
            return false;
        }

        if (data.GetProperty("token").GetString() != token)
        {
            await connection.CloseAsync(4004, "Authentication failed");
            return false;
        }

        return true;
    }

    private async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonElement data)
    {
        _resumes.Enqueue(data);
        if (!await AuthenticatesAsync(connection, data))
        {
            return false;
        }

        if (!_sessions.TryGetValue(data.GetProperty("session_id").GetString() ?? "", out var session) || session.Ended)
        {
            await connection.SendAsync(Payloads.Load("invalid_session.json").ToJsonString());
            return true;
        }

        var seq = data.GetProperty("seq").ValueKind == JsonValueKind.Number ? data.GetProperty("seq").GetInt32() : 0;
        if (seq > session.Sequence)
        {
            await connection.CloseAsync(4007, "Invalid seq");
            return false;
        }

        connection.Session = session;
        connection.Authenticated = true;
        session.Current = connection;
        foreach (var frame in session.After(Math.Max(0, seq - ReplayOverlap)))
        {
            await connection.SendAsync(frame);
        }

        await connection.SendAsync(session.Next("RESUMED", null));
        return true;
    }

    /// <summary>Discord closes a client that stops beating (about 1.5 × the interval) with 4009.</summary>
    private async Task WatchHeartbeatsAsync(FakeGatewayConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(HeartbeatIntervalMs / 4, cancellationToken);
                if (DateTimeOffset.UtcNow - connection.LastHeartbeat > TimeSpan.FromMilliseconds(HeartbeatIntervalMs * SessionTimeoutIntervals))
                {
                    await connection.CloseAsync(4009, "Session timed out");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
