using ArticleBot.Core.Answering;
using ArticleBot.Discord.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>The bot answering HTTP interactions: a real Kestrel on loopback with the adapter wired as the host wires
/// it (<c>AddDiscordAdapter</c>, <c>MapDiscordEndpoints</c>), by default with no bot token and so no gateway.</summary>
internal sealed class HttpBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();

    private HttpBot(WebApplication app, DiscordAdapter adapter, Uri endpoint)
    {
        _app = app;
        Adapter = adapter;
        Endpoint = endpoint;
        Running = adapter.RunAsync(_stop.Token);
    }

    public DiscordAdapter Adapter { get; }

    public Uri Endpoint { get; }

    public Task Running { get; }

    public static async Task<HttpBot> StartAsync(FakeDiscord discord, IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var values = new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["ArticleBot:Discord:PublicKey"] = discord.PublicKeyHex,
            ["ArticleBot:Discord:ApplicationId"] = Payloads.ApplicationId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddSingleton(answerer);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDiscordEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var adapter = app.Services.GetRequiredService<DiscordAdapter>();
        adapter.Rest.ServerErrorDelay = TimeSpan.FromMilliseconds(20);
        return new HttpBot(app, adapter, new Uri(address + DiscordEndpoints.InteractionsPath));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // A gateway stopped while connecting ends this way (a test with a token).
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }
}
