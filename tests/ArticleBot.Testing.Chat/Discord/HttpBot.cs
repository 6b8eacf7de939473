using ArticleBot.Core.Answering;
using ArticleBot.Discord.Http;
using ArticleBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>The bot answering HTTP interactions: a real Kestrel on loopback with the adapter wired as the host wires
/// it (<c>AddDiscordAdapter</c>, <c>MapDiscordEndpoints</c>), by default with no bot token and so no gateway.</summary>
internal sealed class HttpBot : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private HttpBot(LoopbackHost host, DiscordAdapter adapter)
    {
        _host = host;
        Adapter = adapter;
        Endpoint = new Uri(host.BaseUrl, DiscordEndpoints.InteractionsPath.TrimStart('/'));
        host.Run(adapter.RunAsync);
    }

    public DiscordAdapter Adapter { get; }

    public Uri Endpoint { get; }

    public Task Running => _host.Running;

    public static async Task<HttpBot> StartAsync(FakeDiscord discord, IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["ArticleBot:Discord:PublicKey"] = discord.PublicKeyHex,
            ["ArticleBot:Discord:ApplicationId"] = Payloads.ApplicationId,
        };
        var host = await LoopbackHost.StartAsync(defaults, settings, (services, configuration) =>
        {
            services.AddSingleton(answerer);
            services.AddDiscordAdapter(configuration);
            configure?.Invoke(services);
        }, app => app.MapDiscordEndpoints());
        var adapter = host.App.Services.GetRequiredService<DiscordAdapter>();
        adapter.Rest.ServerErrorDelay = TimeSpan.FromMilliseconds(20);
        return new HttpBot(host, adapter);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
