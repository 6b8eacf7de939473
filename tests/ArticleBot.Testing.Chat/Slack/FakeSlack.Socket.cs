using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.Slack.Tests.Fakes;

public sealed partial class FakeSlack
{
    private const int MaxConnections = 10;
    private readonly ConcurrentDictionary<int, FakeSocketConnection> _connections = new();
    private readonly ConcurrentDictionary<string, byte> _acked = new();
    private int _nextConnection;
    private int _acksToLose;

    /// <summary>Acknowledgements received, in order (payloads of slash-command acks included).</summary>
    public ConcurrentQueue<Ack> Acks { get; } = new();

    /// <summary>Every envelope sent, redeliveries included.</summary>
    public ConcurrentQueue<JsonObject> SentEnvelopes { get; } = new();

    /// <summary>How long the bot has to acknowledge an envelope before it is redelivered.</summary>
    public TimeSpan AckDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long after a <c>warning</c> Slack sends <c>refresh_requested</c> and closes (about 10 s in reality).</summary>
    public TimeSpan WarningLead { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Connections that completed the handshake, in order.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _nextConnection);

    public IReadOnlyList<FakeSocketConnection> OpenConnections => _connections.Values.Where(c => c.IsOpen).OrderBy(c => c.Id).ToList();

    /// <summary>Pretends the next <paramref name="count"/> acks were lost on the way, so Slack redelivers.</summary>
    public void LoseNextAcks(int count) => Interlocked.Exchange(ref _acksToLose, count);

    /// <summary>An envelope built from a real payload file, with a fresh <c>envelope_id</c>.</summary>
    public static JsonObject Envelope(string file, Action<JsonObject>? edit = null)
    {
        var envelope = Payload(file);
        envelope["envelope_id"] = Guid.NewGuid().ToString();
        edit?.Invoke(envelope);
        return envelope;
    }

    /// <summary>Sends an envelope on the newest open connection; redelivers it if it is not acknowledged in time,
    /// also when the send itself fails because the link died under it (Slack sees no ACK either way).</summary>
    public async Task SendEnvelopeAsync(JsonObject envelope, FakeSocketConnection? on = null)
    {
        var connection = on ?? OpenConnections.LastOrDefault() ?? throw new InvalidOperationException("No open Socket Mode connection.");
        SentEnvelopes.Enqueue(envelope);
        ScheduleRedelivery(envelope);
        await connection.SendAsync(envelope);
    }

    private void ScheduleRedelivery(JsonObject envelope) => _ = Task.Run(async () =>
    {
        var current = envelope;
        while (true)
        {
            await Task.Delay(AckDeadline);
            var attempt = (int?)current["retry_attempt"] ?? 0;
            if (_acked.ContainsKey((string)current["envelope_id"]!) || attempt >= 3)
            {
                return;
            }

            // Slack keeps an unacknowledged event and retries once the app has a connection again, with the same
            // event_id, a new envelope and retry_attempt + 1.
            for (var waited = 0; OpenConnections.Count == 0 && waited < 200; waited++)
            {
                await Task.Delay(50);
            }

            var retry = current.DeepClone().AsObject();
            retry["envelope_id"] = Guid.NewGuid().ToString();
            retry["retry_attempt"] = attempt + 1;
            retry["retry_reason"] = "timeout";
            SentEnvelopes.Enqueue(retry);
            current = retry;
            try
            {
                if (OpenConnections.LastOrDefault() is { } connection)
                {
                    await connection.SendAsync(retry);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                // The link died under the send: no ACK comes, so the next round retries.
            }
        }
    });

    /// <summary>Plays a disconnect script on the newest connection: warning, refresh_requested, link_disabled or abrupt.</summary>
    public async Task DisconnectAsync(string reason)
    {
        var connection = OpenConnections.LastOrDefault() ?? throw new InvalidOperationException("No open Socket Mode connection.");
        switch (reason)
        {
            case "abrupt":
                connection.Abort();
                break;
            case "warning":
                await connection.SendAsync(Payload("socket_disconnect_warning.json"));
                _ = Task.Run(async () =>
                {
                    await Task.Delay(WarningLead);
                    await connection.SendAsync(Payload("socket_disconnect.json"));
                    await Task.Delay(50);
                    await connection.CloseAsync();
                });
                break;
            case "refresh_requested":
                await connection.SendAsync(Payload("socket_disconnect.json"));
                await Task.Delay(50);
                await connection.CloseAsync();
                break;
            case "link_disabled":
                await connection.SendAsync(Payload("socket_disconnect_link_disabled.json"));
                await connection.CloseAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
        }
    }

    private void MapSocket(WebApplication app)
    {
        app.Map("/link", async context =>
        {
            var ticket = context.Request.Query["ticket"].ToString();
            if (!context.WebSockets.IsWebSocketRequest || !_tickets.TryRemove(ticket, out _))
            {
                // Tickets from apps.connections.open work once.
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var connection = new FakeSocketConnection(Interlocked.Increment(ref _nextConnection), socket, context);
            if (OpenConnections.Count >= MaxConnections)
            {
                await connection.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "too_many_websockets" });
                await connection.CloseAsync();
                return;
            }

            _connections[connection.Id] = connection;
            var hello = Payload("socket_hello.json");
            hello["num_connections"] = OpenConnections.Count;
            await connection.SendAsync(hello);
            await ReceiveAcksAsync(socket, connection);
        });
    }

    private async Task ReceiveAcksAsync(WebSocket socket, FakeSocketConnection connection)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var node = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()));
                if (node?["envelope_id"]?.GetValue<string>() is { } id)
                {
                    if (Interlocked.Decrement(ref _acksToLose) >= 0)
                    {
                        continue;
                    }

                    Interlocked.Exchange(ref _acksToLose, 0);
                    _acked[id] = 0;
                    Acks.Enqueue(new Ack(id, node["payload"]?.DeepClone()));
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
        }
        finally
        {
            connection.MarkClosed();
            _connections.TryRemove(connection.Id, out _);
        }
    }
}
