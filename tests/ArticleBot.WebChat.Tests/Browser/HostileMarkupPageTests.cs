using System.Text.RegularExpressions;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ArticleBot.WebChat.Tests.Browser;

/// <summary>
/// Every HTML, script and Markdown input of the hostile corpus, typed into the real page and echoed back by the
/// answerer into the question, snippet, speaker and message: each must show as text, add no element, and run nothing.
/// </summary>
public sealed class HostileMarkupPageTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>Elements the corpus tries to inject that the page itself never renders inside the answers (it renders
    /// mark and code, so an injected &lt;mark&gt; is caught by the text check instead: parsed, it would lose its tags).</summary>
    private const string Injected = "#log img, #log script, #log iframe, #log svg, #log style, #log meta, #log form, #log input, " +
                                    "#log details, #log math, #log template, #log x, #log b, #log body, #log object, #log embed";

    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly List<string> _dialogs = [];
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage(q.Text, speaker: q.Text)], Message: q.Text);
        fixture.Answerer.Current = _answerer;
        _page = await fixture.NewPageAsync();
        // alert(1) that runs opens a dialog: record it (and dismiss it so the page goes on).
        _page.Dialog += (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await _page.GotoAsync("/");
    }

    public async Task DisposeAsync() => await _page.Context.CloseAsync();

    [BrowserFact]
    public async Task Markup_from_the_hostile_corpus_is_shown_as_text_and_never_runs()
    {
        var corpus = HostileInputs.Texts.Where(input => input.Category is "html-and-script" or "markdown-injection").ToList();
        // The corpus says alert(1); the same inputs with a marker that a test can read back after the dialog is gone.
        var inputs = corpus.Select(input => input.Value)
            .Concat(corpus.Where(input => input.Value.Contains("alert(1)", StringComparison.Ordinal))
                .Select(input => input.Value.Replace("alert(1)", "window.__pwned=1", StringComparison.Ordinal)))
            .ToList();
        Assert.True(corpus.Count >= 30, $"only {corpus.Count} markup inputs in the corpus");
        var mismatches = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < inputs.Count; i++)
        {
            await AskAsync(inputs[i], i);
        }

        // A one-line input field turns line breaks into spaces before the page sends anything.
        var asked = (await _page.Locator(".exchange .you").AllTextContentsAsync()).Select(Collapse).ToList();
        var snippets = (await _page.Locator(".exchange .card .snippet").AllTextContentsAsync()).Select(Collapse).ToList();
        Assert.Equal(inputs.Count, asked.Count);
        Assert.Equal(inputs.Count, snippets.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (asked[i] != Collapse(inputs[i]) || snippets[i] != Collapse(inputs[i]))
            {
                mismatches.Add($"{inputs[i]} → you: {asked[i]} / snippet: {snippets[i]}");
            }
        }

        var injected = await _page.Locator(Injected).CountAsync();
        var pwned = await _page.EvaluateAsync<bool>("() => typeof window.__pwned !== 'undefined'");
        TestReport.Line(output, $"web page hostile markup: {inputs.Count} inputs ({corpus.Count} from the corpus) in {clock.Elapsed.TotalSeconds:F1} s, {mismatches.Count} not shown as typed, " +
                         $"{injected} injected elements, {_dialogs.Count} dialogs, pwned: {pwned}");

        Assert.Empty(mismatches);
        Assert.Equal(0, injected);
        Assert.Empty(_dialogs);
        Assert.False(pwned);
        // Besides what was typed, the page asked for its starters (/help) and the articles (/source) when it loaded.
        Assert.Equal(inputs.Count, _answerer.Questions.Count(question => question.Text is not ("/help" or "/source")));
    }

    private static string Collapse(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();

    private async Task AskAsync(string question, int index)
    {
        var input = _page.GetByLabel("Your question");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
        await _page.Locator(".exchange").Nth(index).Locator(".reply[data-state='done']").WaitForAsync();
    }
}
