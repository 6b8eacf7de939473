using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>One client WebSocket on the fake gateway.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, HttpContext context, bool onResumeUrl)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public bool OnResumeUrl { get; } = onResumeUrl;

    public bool Authenticated { get; set; }

    public FakeSession? Session { get; set; }

    public DateTimeOffset LastHeartbeat { get; set; } = DateTimeOffset.UtcNow;

    public WebSocket Socket => socket;

    public async Task SendAsync(string frame)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; a RESUME will replay from the buffer.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>An abrupt TCP drop: no close frame.</summary>
    public void Drop() => context.Abort();
}
