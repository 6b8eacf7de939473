using ArticleBot.Testing;
using Microsoft.Playwright;

namespace ArticleBot.WebChat.Tests.Browser;

/// <summary>What the page shows when the API answers 429.</summary>
public sealed class RateLimitedPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        fixture.Answerer.Current = new FakeQuestionAnswerer();
        fixture.Server.Limiter.Wait = TimeSpan.Zero;
        _page = await fixture.NewPageAsync();
        await _page.GotoAsync("/");
    }

    public async Task DisposeAsync()
    {
        fixture.Server.Limiter.Wait = TimeSpan.Zero;
        await _page.Context.CloseAsync();
    }

    private async Task<ILocator> AskAsync(string question)
    {
        var input = _page.GetByLabel("Your question");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
        var reply = _page.Locator(".exchange").Last.Locator(".reply[data-state='done']");
        await reply.WaitForAsync();
        return reply;
    }

    [BrowserFact]
    public async Task A_limited_question_shows_the_slow_down_message_and_no_answer_card()
    {
        fixture.Server.Limiter.Wait = TimeSpan.FromSeconds(30);

        var reply = await AskAsync("Who founded DeepSeek?");

        Assert.Contains("slow down and try again in 30 seconds", await reply.InnerTextAsync());
        Assert.Equal(0, await reply.Locator(".card").CountAsync());
    }

    [BrowserFact]
    public async Task Retry_after_a_limit_counts_down_the_seconds_the_server_asked_for_then_asks_again()
    {
        fixture.Server.Limiter.Wait = TimeSpan.FromSeconds(3);

        var reply = await AskAsync("Who founded DeepSeek?");
        var retry = reply.Locator("button.retry");

        Assert.True(await retry.IsDisabledAsync());
        Assert.Matches(@"^Retry in [23] s$", await retry.InnerTextAsync());
        fixture.Server.Limiter.Wait = TimeSpan.Zero;
        await Assertions.Expect(retry).ToHaveTextAsync("Retry in 1 s", new() { Timeout = 5000 });
        Assert.True(await retry.IsDisabledAsync());
        await Assertions.Expect(retry).ToBeEnabledAsync(new() { Timeout = 5000 });
        Assert.Equal("Retry", await retry.InnerTextAsync());
        await retry.ClickAsync();
        await reply.Locator(".card").WaitForAsync();

        Assert.Equal(0, await reply.Locator(".message.error").CountAsync());
    }
}
