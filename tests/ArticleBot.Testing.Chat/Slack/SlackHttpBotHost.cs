using System.Net;
using System.Text;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Slack.Http;
using ArticleBot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack.Tests.Http;

/// <summary>A web host in HTTP mode (signing secret, no app token) with <c>MapSlackEndpoints</c>, on real Kestrel.</summary>
internal sealed class SlackHttpBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private Task? _adapterRun;

    private SlackHttpBotHost(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
    }

    public string Secret { get; }

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    public Uri BaseUrl { get; private set; } = null!;

    public IChatAdapter Adapter => _app.Services.GetRequiredService<IChatAdapter>();

    /// <param name="runAdapter">Whether the adapter's workers run, so accepted events are answered.</param>
    public static async Task<SlackHttpBotHost> StartAsync(FakeSlack? fake, IQuestionAnswerer answerer, string secret, TimeProvider? time = null, bool runAdapter = true, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SlackOptions.BotTokenKey] = FakeSlack.BotToken,
            [SlackOptions.SigningSecretKey] = secret,
            [SlackOptions.ApiBaseUrlKey] = fake?.ApiBaseUrl.ToString() ?? "http://127.0.0.1:9/api/",
        });
        builder.Services.AddSingleton(answerer);
        builder.Services.AddSingleton(SlackBotHarness.FastTimings);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddArticleBotSlack(builder.Configuration);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        var host = new SlackHttpBotHost(app, secret)
        {
            BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/"),
        };
        if (runAdapter)
        {
            host._adapterRun = Task.Run(() => host.Adapter.RunAsync(host._stop.Token));
            await Eventually.Until(() => host.Adapter.IsConnected, "the HTTP-mode adapter to start");
        }

        return host;
    }

    /// <summary>POSTs a body signed the way Slack signs it (or with the given signature).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, long timestamp, string? signature = null, int? retryNum = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, path))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Content.Headers.ContentType!.CharSet = null;
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Slack-Request-Timestamp", stamp);
        request.Headers.Add("X-Slack-Signature", signature ?? SlackSignatureVerifier.Sign(Secret, stamp, Encoding.UTF8.GetBytes(body)));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_adapterRun is not null)
        {
            try
            {
                await _adapterRun.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (OperationCanceledException)
            {
            }
        }

        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stop.Dispose();
    }
}
