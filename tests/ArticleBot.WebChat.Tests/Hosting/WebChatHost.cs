using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using ArticleBot.WebChat.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat.Tests.Hosting;

/// <summary>The web chat mapped in a real WebApplication on Kestrel, on a free loopback port (the shared
/// <see cref="LoopbackHost"/>), with a client for its address.</summary>
public sealed class WebChatHost : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private WebChatHost(LoopbackHost host)
    {
        _host = host;
        Client = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri BaseAddress => _host.BaseUrl;

    public HttpClient Client { get; }

    public static async Task<WebChatHost> StartAsync(IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, IWebRequestLimiter? limiter = null)
    {
        var host = await LoopbackHost.StartAsync(settings ?? new Dictionary<string, string?>(), overrides: null, (services, _) =>
        {
            services.AddSingleton(answerer);
            if (limiter is not null)
            {
                services.AddSingleton(limiter);
            }

            services.AddWebChat();
        }, app => app.MapWebChat());
        return new WebChatHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
