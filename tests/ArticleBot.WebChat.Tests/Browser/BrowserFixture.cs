using ArticleBot.WebChat.Tests.Hosting;
using Microsoft.Playwright;

namespace ArticleBot.WebChat.Tests.Browser;

/// <summary>One host and one chromium per test class; each test gets its own browser context (fresh page state).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WebChatHostFixture Server { get; } = new();

    public SwitchableAnswerer Answerer => Server.Answerer;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();

        // Launch only when the browser is there: without it the tests skip (or, under CI, fail in NewPageAsync
        // with the reason), and a fixture that threw here would hide that reason.
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException(
            $"No browser at {BrowserFactAttribute.ChromiumPath}: install Debian's chromium (apt-get install -y chromium).");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 900, Height = 800 },
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(10_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
