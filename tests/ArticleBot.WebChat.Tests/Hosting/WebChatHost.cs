using ArticleBot.Core.Answering;
using ArticleBot.WebChat.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.WebChat.Tests.Hosting;

/// <summary>The web chat mapped in a real WebApplication on Kestrel, on a free loopback port.</summary>
public sealed class WebChatHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebChatHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<WebChatHost> StartAsync(IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, IWebRequestLimiter? limiter = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(answerer);
        if (limiter is not null)
        {
            builder.Services.AddSingleton(limiter);
        }
        builder.Services.AddWebChat();

        var app = builder.Build();
        app.MapWebChat();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new WebChatHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
