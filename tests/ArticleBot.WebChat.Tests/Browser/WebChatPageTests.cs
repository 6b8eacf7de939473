using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Microsoft.Playwright;

namespace ArticleBot.WebChat.Tests.Browser;

public sealed class WebChatPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Payload = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>";

    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly List<string> _pageErrors = [];
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        fixture.Answerer.Current = _answerer;
        _page = await fixture.NewPageAsync();
        // Console errors include Content-Security-Policy violations, so a page the policy breaks fails here.
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _pageErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _pageErrors.Add(error);
        await _page.GotoAsync("/");
    }

    public async Task DisposeAsync() => await _page.Context.CloseAsync();

    private ILocator Input => _page.GetByLabel("Your question");

    [BrowserFact]
    public async Task Typing_a_question_and_pressing_Enter_shows_a_card_with_snippet_attribution_and_paragraph()
    {
        fixture.Answerer.Current = SeedAnswerer.Shared;

        await AskAsync("Who is the founder of DeepSeek?");

        var card = _page.Locator(".card").First;
        Assert.Contains("Liang Wenfeng", await card.Locator(".snippet").InnerTextAsync());
        Assert.NotEqual(0, await card.Locator(".snippet mark").CountAsync());
        Assert.Equal("¶2", await card.Locator(".attribution .paragraph").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await card.Locator(".attribution cite").InnerTextAsync()));
        Assert.Equal("https://cwpakistan.com/?p=23620", await card.Locator("a.source").GetAttributeAsync("href"));
        Assert.Equal("", await Input.InputValueAsync());
        Assert.Empty(_pageErrors);

        await SaveScreenshotIfAskedAsync("answer");
    }

    [BrowserFact]
    public async Task A_quote_command_shows_who_said_it()
    {
        fixture.Answerer.Current = SeedAnswerer.Shared;

        await AskAsync("/quote closed-source moats");

        var card = _page.Locator(".card").First;
        Assert.Equal("Liang Wenfeng said", await card.Locator(".attribution .speaker").InnerTextAsync());
        Assert.Equal("¶6", await card.Locator(".attribution .paragraph").InnerTextAsync());
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = "Copy quote" }).CountAsync());
        await SaveScreenshotIfAskedAsync("quote");
    }

    [BrowserFact]
    public async Task The_help_and_source_commands_work_as_in_chat()
    {
        fixture.Answerer.Current = SeedAnswerer.Shared;

        await AskAsync("/help");
        await AskAsync("/source");

        var help = _page.Locator(".exchange").Nth(0);
        Assert.False(string.IsNullOrWhiteSpace(await help.Locator(".message").InnerTextAsync()));
        Assert.NotEqual(0, await help.Locator(".chip").CountAsync());
        var source = _page.Locator(".exchange").Nth(1);
        Assert.Equal("https://cwpakistan.com/?p=23620", await source.Locator(".card a.source").GetAttributeAsync("href"));
        Assert.Equal("deepseek-liang-wenfeng", await source.Locator(".card .article-id").InnerTextAsync());
        Assert.Empty(_pageErrors);
        await SaveScreenshotIfAskedAsync("help-source");
    }

    [BrowserFact]
    public async Task The_card_shows_the_speaker_for_a_quotation()
    {
        const string snippet = "“We won't build closed-source moats,” Liang said.";
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Quote,
            [FakeQuestionAnswerer.Passage(snippet, speaker: "Liang Wenfeng", paragraph: 6) with { Highlights = [new TextRange(1, 2)] }]);

        await AskAsync("moats");

        var card = _page.Locator(".card").First;
        Assert.Equal(snippet, await card.Locator(".snippet").InnerTextAsync());
        Assert.Equal("We", await card.Locator(".snippet mark").InnerTextAsync());
        Assert.Equal("Liang Wenfeng said", await card.Locator(".attribution .speaker").InnerTextAsync());
        Assert.Equal("Test Article", await card.Locator(".attribution cite").InnerTextAsync());
        Assert.Equal("https://example.com/article", await card.Locator("a.source").GetAttributeAsync("href"));
        Assert.Equal("web", Assert.Single(Typed()).Origin.Platform);
    }

    [BrowserFact]
    public async Task The_page_fits_a_phone_sized_window_without_sideways_scrolling()
    {
        await _page.SetViewportSizeAsync(360, 740);
        var longWord = new string('w', 120);
        _answerer.Reply = q => new ChatReply(q.Text, false, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage($"A passage with a very long word {longWord} in it.", speaker: "Liang Wenfeng", paragraph: 12)],
            "I couldn't find that in the article.",
            ["Who is the founder of DeepSeek?", "What did Liang Wenfeng say about closed-source moats?", "/source"]);

        await AskAsync($"A long question that goes on and on {longWord}");

        Assert.True(await _page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.True(await Input.IsVisibleAsync());
        await SaveScreenshotIfAskedAsync("narrow");
    }

    [BrowserFact]
    public async Task Expanding_a_card_shows_the_full_paragraph()
    {
        const string full = "First sentence of the paragraph. The snippet sentence. A closing sentence.";
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage(full, paragraph: 7) with { Snippet = "The snippet sentence." }]);
        await AskAsync("snippet");
        var card = _page.Locator(".card").First;
        var expand = card.GetByRole(AriaRole.Button, new() { Name = "Show full paragraph" });
        Assert.False(await card.Locator(".full").IsVisibleAsync());

        await expand.ClickAsync();

        Assert.True(await card.Locator(".full").IsVisibleAsync());
        Assert.Equal(full, await card.Locator(".full").InnerTextAsync());
        Assert.Equal("true", await card.Locator(".expand").GetAttributeAsync("aria-expanded"));
    }

    [BrowserFact]
    public async Task Markup_in_a_reply_is_shown_as_text_and_never_runs()
    {
        _answerer.Reply = q => new ChatReply(q.Text, false, QuestionIntent.Ask,
            [
                new AnswerPassage("x", Payload, 3, "Full " + Payload, Payload, [new TextRange(0, 4)], Payload, Payload, 1, "javascript:window.__pwned=3"),
            ],
            Message: Payload,
            Suggestions: [Payload]);

        await AskAsync(Payload);
        var card = _page.Locator(".card").First;
        await card.GetByRole(AriaRole.Button, new() { Name = "Show full paragraph" }).ClickAsync();
        await _page.Locator(".exchange .chip").First.ClickAsync();
        await _page.Locator(".exchange").Nth(1).Locator(".reply[data-state='done']").WaitForAsync();

        Assert.Equal(Payload, await card.Locator(".snippet").InnerTextAsync());
        Assert.Equal("Full " + Payload, await card.Locator(".full").InnerTextAsync());
        Assert.Equal(Payload, await _page.Locator(".message").First.InnerTextAsync());
        Assert.Equal(Payload, await _page.Locator(".you").First.InnerTextAsync());
        Assert.Equal(0, await _page.Locator("#log img, #log script").CountAsync());
        // A javascript: URL is not a source link.
        Assert.Equal(0, await card.Locator("a").CountAsync());
        Assert.True(await _page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
    }

    [BrowserFact]
    public async Task An_unanswered_reply_shows_its_message_and_suggestions_and_clicking_one_asks_it()
    {
        const string suggestion = "Who is the founder of DeepSeek?";
        _answerer.Reply = q => q.Text == suggestion
            ? new ChatReply(q.Text, true, QuestionIntent.Ask, [FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek.", paragraph: 2)])
            : new ChatReply(q.Text, false, QuestionIntent.Ask, [], "I couldn't find that in the article.", [suggestion, "/quote closed-source moats"]);

        await AskAsync("What's the weather in Hangzhou?");

        Assert.Equal("I couldn't find that in the article.", await _page.Locator(".reply .message").InnerTextAsync());
        Assert.Equal(0, await _page.Locator(".card").CountAsync());
        var chips = _page.Locator(".exchange .chip");
        Assert.Equal([suggestion, "/quote closed-source moats"], await chips.AllInnerTextsAsync());

        await chips.First.ClickAsync();
        var second = _page.Locator(".exchange").Nth(1);
        await second.Locator(".reply[data-state='done']").WaitForAsync();

        Assert.Equal(suggestion, await second.Locator(".you").InnerTextAsync());
        Assert.Equal("Liang Wenfeng founded DeepSeek.", await second.Locator(".card .snippet").InnerTextAsync());
        Assert.Equal(suggestion, _answerer.Questions.Last().Text);
    }

    [BrowserFact]
    public async Task More_results_asks_again_from_where_the_reply_stopped()
    {
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask,
            Enumerable.Range(q.Skip + 1, q.Top).Select(n => FakeQuestionAnswerer.Passage($"Passage {n}.", paragraph: n)).ToList())
        {
            HasMore = q.Skip == 0,
        };

        await AskAsync("DeepSeek");
        await _page.GetByRole(AriaRole.Button, new() { Name = "More results" }).ClickAsync();
        await _page.Locator(".card").Nth(5).WaitForAsync();

        Assert.Equal(["¶1", "¶2", "¶3", "¶4", "¶5", "¶6"], await _page.Locator(".card .paragraph").AllInnerTextsAsync());
        Assert.Equal(3, _answerer.Questions.Last().Skip);
        Assert.Equal(0, await _page.GetByRole(AriaRole.Button, new() { Name = "More results" }).CountAsync());
    }

    [BrowserFact]
    public async Task Copy_quote_puts_the_quote_with_its_attribution_on_the_clipboard()
    {
        await _page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Quote,
            [FakeQuestionAnswerer.Passage("We won't build closed-source moats.", speaker: "Liang Wenfeng", paragraph: 6)]);
        await AskAsync("/quote moats");

        await _page.GetByRole(AriaRole.Button, new() { Name = "Copy quote" }).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Copied" }).WaitForAsync();

        var copied = await _page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal("“We won't build closed-source moats.” — Liang Wenfeng (Test Article, ¶6, https://example.com/article)", copied);
        Assert.Equal("/quote moats", Assert.Single(Typed()).Text);
    }

    /// <summary>The questions typed or clicked, without the page's own on loading: its starters (/help) and the
    /// articles for its header (/source).</summary>
    private List<ChatQuestion> Typed() => _answerer.Questions.Where(question => question.Text is not ("/help" or "/source")).ToList();

    private async Task AskAsync(string question)
    {
        var count = await _page.Locator(".exchange").CountAsync();
        await Input.FillAsync(question);
        await Input.PressAsync("Enter");
        await _page.Locator(".exchange").Nth(count).Locator(".reply[data-state='done']").WaitForAsync();
    }

    /// <summary>Set ARTICLEBOT_SCREENSHOTS to a folder to see what the page looks like (kept out of the repo).</summary>
    private async Task SaveScreenshotIfAskedAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("ARTICLEBOT_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
