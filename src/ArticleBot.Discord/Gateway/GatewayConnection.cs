using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Gateway;

/// <summary>One gateway WebSocket: JSON text frames, no compression (the simplest conformant client, fact sheet 1.7).
/// Sends are serialised because the heartbeat and the receive loop both send.</summary>
internal sealed class GatewayConnection(ClientWebSocket socket) : IAsyncDisposable
{
    /// <summary>Discord closes with 4002 on payloads over 4096 bytes.</summary>
    public const int MaxPayloadBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int? CloseStatus => (int?)socket.CloseStatus;

    public static async Task<GatewayConnection> ConnectAsync(Uri gatewayUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", DiscordUserAgent.Value);
        try
        {
            await socket.ConnectAsync(WithQuery(gatewayUrl), cancellationToken);
            return new GatewayConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>READY's resume_gateway_url and /gateway/bot's url come without the query; the client adds it.</summary>
    public static Uri WithQuery(Uri gatewayUrl)
    {
        var builder = new UriBuilder(gatewayUrl) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    public async Task SendAsync(JsonObject frame, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"Gateway payload of {bytes.Length} bytes exceeds {MaxPayloadBytes}.");
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next frame, or null when the server closed the socket (see <see cref="CloseStatus"/>); throws
    /// <see cref="JsonException"/> for a whole message that is not a gateway frame.</summary>
    public async Task<GatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                try
                {
                    using var document = JsonDocument.Parse(buffer.WrittenMemory);
                    return GatewayFrame.Parse(document.RootElement);
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    // Valid JSON but no numeric "op": reported like any other frame that does not parse.
                    throw new JsonException($"Not a gateway frame: {ex.Message}", ex);
                }
            }
        }
    }

    /// <summary>Closes with a code that is not 1000/1001, so the session stays resumable (fact sheet 1.3).</summary>
    public async Task CloseForResumeAsync(CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The link is already dead; aborting below is all that is left to do.
            }
        }

        socket.Abort();
    }

    public void Abort() => socket.Abort();

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
