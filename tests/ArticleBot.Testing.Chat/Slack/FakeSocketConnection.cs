using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.Slack.Tests.Fakes;

/// <summary>One Socket Mode WebSocket as the fake server sees it.</summary>
public sealed class FakeSocketConnection(int id, WebSocket socket, HttpContext context)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id { get; } = id;

    public bool IsOpen => socket.State == WebSocketState.Open && !_closed.Task.IsCompleted;

    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonNode message)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends any text frame, JSON or not, for tests of frames Slack does not document.</summary>
    public async Task SendRawAsync(string text)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync()
    {
        try
        {
            await _send.WaitAsync();
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
        }
        finally
        {
            _send.Release();
            _closed.TrySetResult();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        context.Abort();
        _closed.TrySetResult();
    }

    internal void MarkClosed() => _closed.TrySetResult();
}
