using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
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

    [Fact]
    public void An_article_over_the_size_limit_is_skipped_with_a_message_and_the_others_still_answer()
    {
        var path = Path.Combine(_folder.ArticlesPath, "huge.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("The harbour wall was repaired again this week.\n", 40_000)));
        var logs = new CapturedLogs();

        using var index = _folder.OpenIndex(logs: logs, configure: settings => settings.MaxArticleBytes = 1024 * 1024);
        var result = index.EnsureCurrent();

        Assert.Equal(2, result.Articles);
        Assert.Contains(result.Skipped, reason => reason.Contains(path) && reason.Contains("MaxArticleBytes"));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains(path));
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Answered);
    }

    [Fact]
    public void A_huge_paragraph_is_indexed_in_pieces_so_a_short_question_gets_a_short_answer()
    {
        var filler = string.Concat(Enumerable.Range(1, 4000).Select(i => $"Inspection {i} of the ferry pier found the timber sound. "));
        File.WriteAllText(Path.Combine(_folder.ArticlesPath, "pier.txt"), filler + "The inspectors said the pier will reopen on 14 March. " + filler + "\n");

        using var index = _folder.OpenIndex(configure: settings => settings.MaxParagraphLength = 2000);
        var result = index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);
        var reply = answerer.Answer(new ChatQuestion("When will the pier reopen?"));
        var paragraph = answerer.Answer(new ChatQuestion("pier 1", QuestionIntent.Source));

        Assert.Contains(result.Warnings, warning => warning.Contains("pier.txt"));
        Assert.Contains("14 March", reply.Results[0].Text);
        Assert.All(reply.Results, passage => Assert.True(passage.Text.Length <= 2000, $"{passage.Text.Length} characters"));
        Assert.True(Assert.Single(paragraph.Results).Text.Length <= 2000);
    }

    [Theory]
    [InlineData(0, 4000)]
    [InlineData(10 * 1024 * 1024, 10)]
    [InlineData(-1, 4000)]
    public void Size_limits_outside_their_range_are_refused_by_validation(int maxArticleBytes, int maxParagraphLength)
    {
        var settings = new IndexOptions { MaxArticleBytes = maxArticleBytes, MaxParagraphLength = maxParagraphLength };

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(settings, new(settings), validationResults: null, validateAllProperties: true);

        Assert.False(valid);
    }

    [Fact]
    public void The_default_limits_are_generous_and_valid()
    {
        var settings = new IndexOptions();

        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(settings, new(settings), validationResults: null, validateAllProperties: true));
        Assert.Equal((10 * 1024 * 1024, 4000), (settings.MaxArticleBytes, settings.MaxParagraphLength));
    }

    [Fact]
    public void Changing_a_limit_rebuilds_the_index_and_keeping_it_reuses_it()
    {
        using (var first = _folder.OpenIndex())
        {
            Assert.True(first.EnsureCurrent().Rebuilt);
        }

        using (var same = _folder.OpenIndex())
        {
            Assert.False(same.EnsureCurrent().Rebuilt);
        }

        using var changed = _folder.OpenIndex(configure: settings => settings.MaxParagraphLength = 300);
        var result = changed.EnsureCurrent();

        Assert.True(result.Rebuilt);
        Assert.Contains(result.Warnings, warning => warning.Contains("deepseek-liang-wenfeng.md") && warning.Contains("MaxParagraphLength"));
    }
}
