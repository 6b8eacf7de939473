using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Telemetry;
using ArticleBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack.Tests;

/// <summary>The Slack adapter wired through <c>AddArticleBotSlack</c> as the host would, pointed at a <see cref="FakeSlack"/>.</summary>
internal sealed class SlackBotHarness : IAsyncDisposable
{
    /// <summary>Short delays so reconnects and retries take milliseconds.</summary>
    public static readonly SlackTimings FastTimings = new()
    {
        MinBackoff = TimeSpan.FromMilliseconds(20),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        DefaultRetryAfter = TimeSpan.FromMilliseconds(100),
        KeepAlive = TimeSpan.FromSeconds(5),
        DrainTimeout = TimeSpan.FromMilliseconds(500),
    };

    private readonly CancellationTokenSource _stop = new();
    private readonly ServiceProvider _services;

    private SlackBotHarness(ServiceProvider services, IChatAdapter adapter)
    {
        _services = services;
        Adapter = adapter;
        Run = Task.Run(() => adapter.RunAsync(_stop.Token));
    }

    public IChatAdapter Adapter { get; }

    /// <summary>The adapter's RunAsync; completes only when it stops.</summary>
    public Task Run { get; }

    public static SlackBotHarness Start(FakeSlack fake, IQuestionAnswerer answerer, Dictionary<string, string?>? overrides = null) =>
        Start(BuildServices(fake, answerer, overrides));

    /// <summary>Starts the bot with votes going to <paramref name="votes"/>, and waits until it is connected.</summary>
    public static async Task<SlackBotHarness> StartConnectedAsync(FakeSlack fake, IQuestionAnswerer answerer, ArticleBot.Core.Feedback.IFeedbackSink votes)
    {
        var bot = Start(BuildServices(fake, answerer, configure: services => services.AddSingleton(votes)));
        await Eventually.Until(() => bot.Adapter.IsConnected && fake.OpenConnections.Count == 1, "the bot to connect");
        return bot;
    }

    public static SlackBotHarness Start(ServiceProvider services) => new(services, services.GetServices<IChatAdapter>().Single());

    public static ServiceProvider BuildServices(FakeSlack? fake, IQuestionAnswerer answerer, Dictionary<string, string?>? overrides = null, TimeProvider? time = null, ILoggerProvider? logs = null, ArticleBotMetrics? metrics = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [SlackOptions.BotTokenKey] = FakeSlack.BotToken,
            [SlackOptions.AppTokenKey] = FakeSlack.AppToken,
            [SlackOptions.ApiBaseUrlKey] = fake?.ApiBaseUrl.ToString() ?? "http://127.0.0.1:9/api/",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(answerer);
        services.AddSingleton(FastTimings);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (metrics is not null)
        {
            services.AddSingleton(metrics);
        }

        if (logs is not null)
        {
            services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        services.AddArticleBotSlack(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Signals the bot to stop, as the host does on SIGTERM; <see cref="Run"/> completes when it has.</summary>
    public Task StopAsync() => _stop.CancelAsync();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ArticleBotException)
        {
        }

        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
