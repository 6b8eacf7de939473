using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using ArticleBot.Slack.Mapping;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: acknowledges every envelope by its <c>envelope_id</c> before anything else happens to
/// it, hands the payload on, and reports Slack's disconnect notices.
/// </summary>
internal sealed class SocketModeConnection(ClientWebSocket socket, SlackIngress ingress, ILogger logger) : IDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <param name="onHello">Slack said hello: the connection is usable.</param>
    /// <param name="onReplacementNeeded">Slack will close this connection soon: open another now.</param>
    public async Task<SocketEnd> RunAsync(Action<int, int> onHello, Action onReplacementNeeded, CancellationToken cancellationToken)
    {
        var announced = false;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                if (!await ReceiveMessageAsync(buffer, cancellationToken))
                {
                    return announced ? SocketEnd.Retired : SocketEnd.Dropped;
                }

                using var document = TryParse(buffer.WrittenMemory);
                if (document is null)
                {
                    continue;
                }

                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (Str(root, "envelope_id") is { } id)
                {
                    await AckAsync(id, cancellationToken);
                    var type = Str(root, "type") ?? "";
                    var retryAttempt = Int(root, "retry_attempt") ?? 0;
                    SlackLog.EnvelopeAcked(logger, id, type, retryAttempt);
                    if (root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
                    {
                        ingress.Accept(type switch
                        {
                            "events_api" => SlackPayloadReader.ReadEventCallback(payload),
                            "slash_commands" => SlackPayloadReader.ReadSlashCommand(payload),
                            "interactive" => SlackPayloadReader.ReadInteraction(payload),
                            _ => new SlackIncoming.Ignored($"envelope {type}"),
                        });
                    }

                    continue;
                }

                switch (Str(root, "type"))
                {
                    case "hello":
                        onHello(
                            Int(root, "num_connections") ?? 1,
                            root.TryGetProperty("debug_info", out var debug) && debug.ValueKind == JsonValueKind.Object
                                ? Int(debug, "approximate_connection_time") ?? 0
                                : 0);
                        break;
                    case "disconnect":
                        var reason = Str(root, "reason") ?? "";
                        SlackLog.SocketDisconnectRequested(logger, reason);
                        switch (reason)
                        {
                            case "link_disabled":
                                await CloseQuietlyAsync();
                                return SocketEnd.LinkDisabled;
                            case "too_many_websockets":
                                await CloseQuietlyAsync();
                                return SocketEnd.TooManyConnections;
                            default:
                                // warning (about 10 s ahead) and refresh_requested: keep reading and acking here until
                                // Slack closes, while the replacement opens, so nothing sent meanwhile is lost.
                                if (!announced)
                                {
                                    announced = true;
                                    onReplacementNeeded();
                                }

                                break;
                        }

                        break;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return SocketEnd.Dropped;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            return announced ? SocketEnd.Retired : SocketEnd.Dropped;
        }
    }

    private async Task<bool> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseQuietlyAsync();
                return false;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "Socket Mode message too large.");
            }

            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    private Task AckAsync(string envelopeId, CancellationToken cancellationToken)
    {
        var ack = SlackRequests.SocketAck(envelopeId);
        return socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    private async Task CloseQuietlyAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The link is going away either way.
        }
    }

    /// <summary>One frame that is not JSON says nothing about the link: skipping it keeps the connection, where a
    /// drop would leave every envelope sent meanwhile waiting for Slack's redelivery.</summary>
    private JsonDocument? TryParse(ReadOnlyMemory<byte> message)
    {
        try
        {
            return JsonDocument.Parse(message);
        }
        catch (JsonException ex)
        {
            SlackLog.MalformedFrame(logger, message.Length, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>TryGetInt32 throws on a field that is not a number at all, which would drop the link over a detail.</summary>
    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => socket.Dispose();
}
