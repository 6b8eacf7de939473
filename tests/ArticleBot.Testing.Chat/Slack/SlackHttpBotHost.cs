using System.Text;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Slack.Http;
using ArticleBot.Slack.Tests.Fakes;
using ArticleBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Tests.Http;

/// <summary>A web host in HTTP mode (signing secret, no app token) with <c>MapSlackEndpoints</c>, on real Kestrel.</summary>
internal sealed class SlackHttpBotHost : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private SlackHttpBotHost(LoopbackHost host, string secret)
    {
        _host = host;
        Secret = secret;
    }

    public string Secret { get; }

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    public Uri BaseUrl => _host.BaseUrl;

    public IChatAdapter Adapter => _host.App.Services.GetRequiredService<IChatAdapter>();

    /// <param name="runAdapter">Whether the adapter's workers run, so accepted events are answered.</param>
    public static async Task<SlackHttpBotHost> StartAsync(FakeSlack? fake, IQuestionAnswerer answerer, string secret, TimeProvider? time = null, bool runAdapter = true, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [SlackOptions.BotTokenKey] = FakeSlack.BotToken,
            [SlackOptions.SigningSecretKey] = secret,
            [SlackOptions.ApiBaseUrlKey] = fake?.ApiBaseUrl.ToString() ?? "http://127.0.0.1:9/api/",
        };
        var loopback = await LoopbackHost.StartAsync(settings, overrides: null, (services, configuration) =>
        {
            services.AddSingleton(answerer);
            services.AddSingleton(SlackBotHarness.FastTimings);
            if (time is not null)
            {
                services.AddSingleton(time);
            }

            services.AddArticleBotSlack(configuration);
            configure?.Invoke(services);
        }, app => app.MapSlackEndpoints());
        var host = new SlackHttpBotHost(loopback, secret);
        if (runAdapter)
        {
            loopback.Run(stop => Task.Run(() => host.Adapter.RunAsync(stop), CancellationToken.None));
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
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
