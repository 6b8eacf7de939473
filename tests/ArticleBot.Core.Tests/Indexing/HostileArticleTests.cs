using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Articles an attacker or a careless editor could commit (issue 14): malformed front matter, huge files,
/// huge paragraphs. Each is either read with a warning naming the file or skipped with a message; the others answer.</summary>
public sealed class HostileArticleTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Malformed_front_matter_is_logged_with_the_file_and_line_and_is_not_indexed_as_paragraph_text()
    {
        var path = Path.Combine(_folder.ArticlesPath, "council.md");
        File.WriteAllText(path, "---\ntitle: Council vote\nurl: https://example.com/council\n\nThe council voted to reopen the ferry pier on Tuesday.\n");
        var logs = new CapturedLogs();

        using var index = _folder.OpenIndex(logs: logs);
        var result = index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);

        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains(path) && entry.Contains("line 1"));
        Assert.Contains(result.Warnings, warning => warning.Contains(path));
        var first = answerer.Answer(new ChatQuestion("council 1", QuestionIntent.Source));
        Assert.StartsWith("The council voted", Assert.Single(first.Results).Text);
        Assert.Equal("Council vote", first.Results[0].Title);
    }
}
