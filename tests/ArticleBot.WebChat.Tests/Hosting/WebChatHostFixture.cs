namespace ArticleBot.WebChat.Tests.Hosting;

/// <summary>One running host per test class.</summary>
public sealed class WebChatHostFixture : IAsyncLifetime
{
    private WebChatHost? _host;

    public SwitchableAnswerer Answerer { get; } = new();

    public SwitchableLimiter Limiter { get; } = new();

    public WebChatHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public HttpClient Client => Host.Client;

    public async Task InitializeAsync() => _host = await WebChatHost.StartAsync(Answerer, limiter: Limiter);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
