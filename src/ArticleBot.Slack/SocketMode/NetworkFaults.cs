using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;
using ArticleBot.Core;

namespace ArticleBot.Slack.SocketMode;

/// <summary>Faults a connection to Slack is expected to meet and retry: logged by message, without a stack trace.</summary>
internal static class NetworkFaults
{
    public static bool IsExpected(Exception exception) => exception is HttpRequestException or WebSocketException or SocketException
        or IOException or TimeoutException or TaskCanceledException or ArticleBotException { IsFatal: false };
}
