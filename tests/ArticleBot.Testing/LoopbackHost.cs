using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Testing;

/// <summary>
/// A real Kestrel on a free loopback port, built the way the host builds its web app (settings, services, endpoints),
/// with an adapter's RunAsync beside it: the bot answering over HTTP, for either platform. Disposing stops the
/// adapter first, then the server, as the host does on SIGTERM.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private LoopbackHost(WebApplication app, Uri baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }

    /// <summary>The server's address, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The adapter's RunAsync once <see cref="Run"/> started it; completes only when it stops.</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    /// <param name="settings">The configuration, before <paramref name="overrides"/> replace or add keys.</param>
    /// <param name="addServices">The adapter's registrations, as the host makes them from its configuration.</param>
    /// <param name="mapEndpoints">The adapter's endpoints, as the host maps them.</param>
    public static async Task<LoopbackHost> StartAsync(
        IDictionary<string, string?> settings,
        IEnumerable<KeyValuePair<string, string?>>? overrides,
        Action<IServiceCollection, IConfiguration> addServices,
        Action<WebApplication> mapEndpoints)
    {
        var values = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in overrides ?? [])
        {
            values[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(values);
        addServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        mapEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Starts the adapter's RunAsync with the token that <see cref="DisposeAsync"/> cancels.</summary>
    public void Run(Func<CancellationToken, Task> runAsync) => Running = runAsync(_stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // An adapter stopped while connecting (a gateway, with a token) ends this way.
        }

        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        _stop.Dispose();
    }
}
