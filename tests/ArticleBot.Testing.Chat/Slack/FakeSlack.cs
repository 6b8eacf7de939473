using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ArticleBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack.Tests.Fakes;

/// <summary>
/// A faithful fake of the parts of Slack ArticleBot uses, on Kestrel at 127.0.0.1 with a free port: the Web API
/// methods, response_url, and the Socket Mode WebSocket, following ../shared/protocol/README.md section 7.2.
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-fake-bot-token";
    public const string AppToken = "xapp-fake-app-token";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (int Remaining, int RetryAfterSeconds)> _rateLimits = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentDictionary<string, int> _serverErrors = new();
    private readonly ConcurrentDictionary<string, (int Remaining, TimeSpan Delay)> _slow = new();
    private long _lastTs = 1_700_000_000_000_000;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public ConcurrentQueue<PostedMessage> Messages { get; } = new();

    public ConcurrentQueue<Reaction> Reactions { get; } = new();

    public ConcurrentQueue<ResponsePost> Responses { get; } = new();

    /// <summary>Times of every chat.postMessage attempt, 429s included.</summary>
    public ConcurrentQueue<DateTimeOffset> PostMessageAttempts { get; } = new();

    /// <summary>When set, every call answers HTTP 200 <c>{"ok":false,"error":…}</c> with this code (e.g. invalid_auth).</summary>
    public string? AuthError { get; set; }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with HTTP 503, as during an outage.</summary>
    public void FailWithServerError(string method, int times) => _serverErrors[method] = times;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> take effect at once but are
    /// answered only after <paramref name="delay"/>: a slow Slack that did post.</summary>
    public void SlowDown(string method, int times, TimeSpan delay) => _slow[method] = (times, delay);

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get HTTP 429 with Retry-After.</summary>
    public void RateLimit(string method, int times, int retryAfterSeconds) => _rateLimits[method] = (times, retryAfterSeconds);

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(5) });
        fake.MapWebApi(app);
        fake.MapSocket(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>A real payload from ../shared/protocol/slack/.</summary>
    public static JsonObject Payload(string file) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("slack", file)))!.AsObject();

    /// <summary>A unique "secs.micro" timestamp, as Slack gives every message.</summary>
    public string NextTs()
    {
        var value = Interlocked.Increment(ref _lastTs);
        return $"{value / 1_000_000}.{value % 1_000_000:D6}";
    }

    public Uri ResponseUrl(string id) => new(BaseUrl, $"commands/{id}");

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Abort();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private bool TryTakeServerError(string method)
    {
        while (_serverErrors.TryGetValue(method, out var remaining) && remaining > 0)
        {
            if (_serverErrors.TryUpdate(method, remaining - 1, remaining))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryTakeSlowDown(string method, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        while (_slow.TryGetValue(method, out var slow) && slow.Remaining > 0)
        {
            if (_slow.TryUpdate(method, (slow.Remaining - 1, slow.Delay), slow))
            {
                delay = slow.Delay;
                return true;
            }
        }

        return false;
    }

    private bool TryTakeRateLimit(string method, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        while (_rateLimits.TryGetValue(method, out var limit) && limit.Remaining > 0)
        {
            if (_rateLimits.TryUpdate(method, (limit.Remaining - 1, limit.RetryAfterSeconds), limit))
            {
                retryAfterSeconds = limit.RetryAfterSeconds;
                return true;
            }
        }

        return false;
    }
}
