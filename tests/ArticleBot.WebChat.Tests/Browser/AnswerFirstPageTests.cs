using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Microsoft.Playwright;

namespace ArticleBot.WebChat.Tests.Browser;

/// <summary>The page as issue 13 asks: answer first with citations, follow-ups, starters, the article picker, new
/// chat, retry and feedback, in a real chromium against the real answerer.</summary>
public sealed class AnswerFirstPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly List<string> _pageErrors = [];
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-page-articles-").FullName;
    private SeedAnswerer? _several;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        fixture.Answerer.Current = SeedAnswerer.Shared;
        _page = await fixture.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _pageErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _pageErrors.Add(error);
        await OpenAsync();
    }

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        _several?.Dispose();
        Directory.Delete(_articles, recursive: true);
    }

    private ILocator Input => _page.GetByLabel("Your question");

    [BrowserFact]
    public async Task The_answer_comes_first_and_its_citation_leads_to_its_card()
    {
        await AskAsync("Who said more investment doesn't necessarily result in more innovation?");

        var lead = _page.Locator(".exchange").Last.Locator(".lead");
        Assert.StartsWith("Liang Wenfeng said it: “More investment", await lead.InnerTextAsync());
        await lead.Locator("a.cite").First.ClickAsync();

        var focused = await _page.EvaluateAsync<string>("() => document.activeElement.id");
        Assert.Equal(await _page.Locator(".exchange").Last.Locator(".card").First.GetAttributeAsync("id"), focused);
        Assert.Equal("[1]", await _page.Locator(".card").First.Locator(".number").InnerTextAsync());
        Assert.Empty(_pageErrors);
    }

    [BrowserFact]
    public async Task The_empty_page_offers_starter_questions_from_the_articles_and_clicking_one_asks_it()
    {
        var chips = _page.Locator("#starters .chip");
        await chips.First.WaitForAsync();
        Assert.InRange(await chips.CountAsync(), 3, 4);

        var starter = await chips.First.InnerTextAsync();
        await chips.First.ClickAsync();
        await _page.Locator(".exchange .reply[data-state='done']").WaitForAsync();

        Assert.Equal(starter, await _page.Locator(".exchange .you").InnerTextAsync());
        Assert.NotEqual(0, await _page.Locator(".exchange .lead").CountAsync());
        Assert.False(await _page.Locator("#empty-hint").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_newest_answer_is_scrolled_into_view_once_it_has_arrived()
    {
        await _page.SetViewportSizeAsync(900, 600);
        foreach (var question in new[] { "Who is the founder of DeepSeek?", "How much funding did DeepSeek have?", "/quote closed-source moats", "What did Liang say about innovation?" })
        {
            await AskAsync(question);
        }

        // Smooth scrolling takes a moment; the lead of the last answer must end up on screen.
        await _page.WaitForFunctionAsync(
            "() => { const r = [...document.querySelectorAll('.exchange')].pop().querySelector('.lead').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }",
            null, new() { Timeout = 5000 });
        Assert.True(await _page.EvaluateAsync<bool>("() => window.scrollY > 0"));
    }

    [BrowserFact]
    public async Task A_follow_up_refers_to_the_previous_answer_and_a_new_chat_forgets_it()
    {
        await AskAsync("Who said more investment doesn't necessarily result in more innovation?");
        await AskAsync("what else did he say?");

        Assert.StartsWith("Liang Wenfeng also said: “", await _page.Locator(".exchange").Last.Locator(".lead").InnerTextAsync());

        await _page.GetByRole(AriaRole.Button, new() { Name = "New chat" }).ClickAsync();
        Assert.Equal(0, await _page.Locator(".exchange").CountAsync());
        Assert.True(await _page.Locator("#starters").IsVisibleAsync());

        await AskAsync("what else did he say?");
        Assert.StartsWith("I'm not sure who you mean", await _page.Locator(".exchange").Last.Locator(".message").InnerTextAsync());
    }

    [BrowserFact]
    public async Task Thumbs_up_sends_a_vote_on_the_cited_passage()
    {
        await AskAsync("Who is the founder of DeepSeek?");
        var answer = _page.Locator(".exchange").Last;

        var response = await _page.RunAndWaitForResponseAsync(
            () => answer.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).ClickAsync(),
            candidate => candidate.Url.EndsWith("/api/feedback", StringComparison.Ordinal));

        Assert.Equal(204, response.Status);
        using var body = JsonDocument.Parse(response.Request.PostData!);
        Assert.Equal("Who is the founder of DeepSeek?", body.RootElement.GetProperty("question").GetString());
        Assert.Equal("deepseek-liang-wenfeng", body.RootElement.GetProperty("article").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("paragraph").GetInt32());
        Assert.True(body.RootElement.GetProperty("helpful").GetBoolean());
        await answer.Locator(".feedback-status", new() { HasText = "Thanks for the feedback." }).WaitForAsync();
        Assert.Equal("true", await answer.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).GetAttributeAsync("aria-pressed"));
    }

    [BrowserFact]
    public async Task An_error_offers_retry_which_asks_again()
    {
        var failing = new FakeQuestionAnswerer();
        var fail = true;
        failing.Reply = q => fail && q.Text == "Who founded DeepSeek?"
            ? throw new InvalidOperationException("index unavailable")
            : new ChatReply(q.Text, true, QuestionIntent.Ask, [FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek.", paragraph: 2)]);
        fixture.Answerer.Current = failing;

        await AskAsync("Who founded DeepSeek?");
        var reply = _page.Locator(".exchange").Last.Locator(".reply");
        Assert.NotEqual(0, await reply.Locator(".message.error").CountAsync());
        fail = false;
        await reply.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await reply.Locator(".card").WaitForAsync();

        Assert.Equal("Liang Wenfeng founded DeepSeek.", await reply.Locator(".card .snippet").InnerTextAsync());
        Assert.Equal(0, await reply.Locator(".message.error").CountAsync());
    }

    [BrowserFact]
    public async Task Reported_speech_is_offered_as_copy_not_as_copy_quote()
    {
        var fake = new FakeQuestionAnswerer
        {
            Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask,
                [FakeQuestionAnswerer.Passage("Zhu has dismissed AGI as impractical.", speaker: "Zhu Xiaohu", paragraph: 5) with { IsParaphrase = true }]),
        };
        fixture.Answerer.Current = fake;

        await AskAsync("AGI");

        var card = _page.Locator(".card").First;
        Assert.Equal(0, await card.GetByRole(AriaRole.Button, new() { Name = "Copy quote" }).CountAsync());
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true }).CountAsync());
    }

    [BrowserFact]
    public async Task With_several_articles_the_picker_asks_within_the_one_chosen()
    {
        UseSeveralArticles();
        await OpenAsync();

        Assert.Contains("3 articles", await _page.Locator("#subtitle").InnerTextAsync());
        var picker = _page.GetByLabel("Ask within");
        Assert.Equal(4, await picker.Locator("option").CountAsync());
        await picker.SelectOptionAsync("harbor-bridge");

        var request = await _page.RunAndWaitForRequestAsync(
            () => AskAsync("Who is the founder of DeepSeek?"),
            candidate => candidate.Url.EndsWith("/api/chat", StringComparison.Ordinal) && candidate.PostData!.Contains("founder", StringComparison.Ordinal));

        Assert.Contains("\"article\":\"harbor-bridge\"", request.PostData);
        var titles = await _page.Locator(".exchange").Last.Locator(".card cite").AllInnerTextsAsync();
        Assert.All(titles, title => Assert.Contains("Harbour Bridge", title, StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task Screenshots_at_desktop_and_phone_widths_in_light_and_dark_with_several_articles()
    {
        var folder = Environment.GetEnvironmentVariable("ARTICLEBOT_SCREENSHOTS");
        UseSeveralArticles();
        foreach (var (width, height, name) in new[] { (1280, 900, "desktop"), (390, 844, "phone") })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await _page.SetViewportSizeAsync(width, height);
                await _page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await OpenAsync();
                await _page.Locator("#starters .chip").Nth(2).WaitForAsync();
                if (folder is { Length: > 0 })
                {
                    await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{scheme}-empty.png".ToLowerInvariant()) });
                }

                await AskAsync("Who said more investment doesn't necessarily result in more innovation?");
                await AskAsync("what else did he say?");
                Assert.True(await _page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} {scheme} scrolls sideways");
                if (folder is { Length: > 0 })
                {
                    await _page.WaitForTimeoutAsync(600);
                    await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{scheme}-answers.png".ToLowerInvariant()) });
                }
            }
        }

        Assert.Empty(_pageErrors);
    }

    private void UseSeveralArticles()
    {
        foreach (var name in new[] { "harbor-bridge.md", "ashcombe-library.md" })
        {
            File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", name), Path.Combine(_articles, name), overwrite: true);
        }

        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(_articles, "deepseek-liang-wenfeng.md"), overwrite: true);
        _several ??= SeedAnswerer.Create(_articles);
        fixture.Answerer.Current = _several.Answerer;
    }

    private async Task OpenAsync()
    {
        await _page.GotoAsync("/");
        await _page.Locator("#starters .chip").First.WaitForAsync();
    }

    private async Task AskAsync(string question)
    {
        var count = await _page.Locator(".exchange").CountAsync();
        await Input.FillAsync(question);
        await Input.PressAsync("Enter");
        await _page.Locator(".exchange").Nth(count).Locator(".reply[data-state='done']").WaitForAsync();
    }
}
