using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Telemetry;
using ArticleBot.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>The adapter wired exactly as the host wires it (<c>AddDiscordAdapter</c>), pointed at a fake Discord and
/// running until disposed.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();

    private BotHarness(ServiceProvider services, DiscordAdapter adapter)
    {
        _services = services;
        Adapter = adapter;
    }

    public DiscordAdapter Adapter { get; }

    public Task Running { get; private set; } = Task.CompletedTask;

    public static ServiceProvider Services(FakeDiscord discord, IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, ArticleBotMetrics? metrics = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:Token"] = FakeDiscord.Token,
            ["ArticleBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            }
        });
        services.AddSingleton(answerer);
        if (metrics is not null)
        {
            services.AddSingleton(metrics);
        }

        services.AddDiscordAdapter(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static BotHarness Start(FakeDiscord discord, IQuestionAnswerer answerer, IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, ArticleBotMetrics? metrics = null, Action<IServiceCollection>? configure = null)
    {
        var services = Services(discord, answerer, settings, logs, metrics, configure);
        var adapter = (DiscordAdapter)services.GetServices<IChatAdapter>().Single();
        adapter.Timings = new GatewayTimings(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(50));
        adapter.Rest.ServerErrorDelay = TimeSpan.FromMilliseconds(20);
        var harness = new BotHarness(services, adapter);
        harness.Running = adapter.RunAsync(harness._stop.Token);
        return harness;
    }

    /// <summary>Waits until the bot has a live session (READY or RESUMED) and knows who it is.</summary>
    public Task ConnectedAsync(int timeoutMs = 5000) =>
        Eventually.TrueAsync(() => Adapter.IsConnected, "the bot to connect", timeoutMs);

    /// <summary>Signals the bot to stop, as the host does on SIGTERM; <see cref="Running"/> completes when it has.</summary>
    public Task StopAsync() => _stop.CancelAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
        }
        catch (Core.ArticleBotException)
        {
            // Tests of fatal errors observe it themselves.
        }

        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
