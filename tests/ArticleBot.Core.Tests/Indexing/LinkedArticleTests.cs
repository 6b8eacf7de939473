using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Git keeps symbolic links, so one committed link in the articles folder would publish any file the bot can
/// read through the unauthenticated paragraph API (issue 14: <c>ln -s /etc/passwd index/articles/passwd.md</c>).
/// Only regular files under the folder are read; a link is skipped with a warning naming it.</summary>
public sealed class LinkedArticleTests : IDisposable
{
    private const string Secret = "swordfish";

    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_linked_file_and_a_linked_folder_are_skipped_with_a_warning_and_nothing_from_them_is_indexed_or_served()
    {
        Directory.CreateDirectory(Path.Combine(_folder.OutsidePath, "more"));
        var secretFile = Path.Combine(_folder.OutsidePath, "secret.md");
        File.WriteAllText(secretFile, $"The root password is {Secret}, said Dr. Mallory Kent.\n");
        File.WriteAllText(Path.Combine(_folder.OutsidePath, "more", "private.md"), $"The vault code is {Secret}, the bursar said.\n");
        var linkedFile = Path.Combine(_folder.ArticlesPath, "passwd.md");
        var linkedFolder = Path.Combine(_folder.ArticlesPath, "linked");
        File.CreateSymbolicLink(linkedFile, secretFile);
        Directory.CreateSymbolicLink(linkedFolder, Path.Combine(_folder.OutsidePath, "more"));
        var logs = new CapturedLogs();

        using var index = _folder.OpenIndex(logs: logs);
        var result = index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);

        Assert.Equal(2, result.Articles);
        Assert.Contains(result.Skipped, reason => reason.Contains(linkedFile) && reason.Contains("link"));
        Assert.Contains(result.Skipped, reason => reason.Contains(linkedFolder) && reason.Contains("link"));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains(linkedFile));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains(linkedFolder));
        // The web API's paragraph endpoint asks the core exactly this (WebChatApi: "{id} {paragraph}", Source).
        var paragraph = answerer.Answer(new ChatQuestion("passwd 1", QuestionIntent.Source));
        Assert.False(paragraph.Answered);
        Assert.False(answerer.Answer(new ChatQuestion("private 1", QuestionIntent.Source)).Answered);
        Assert.Equal(["deepseek-liang-wenfeng", "harbor-bridge"],
            answerer.Answer(new ChatQuestion("", QuestionIntent.Source)).Results.Select(passage => passage.ArticleId).Order());
        var asked = answerer.Answer(new ChatQuestion("What is the root password?"));
        Assert.DoesNotContain(asked.Results, passage => passage.Text.Contains(Secret));
        using var lease = index.Acquire();
        Assert.Equal(0, lease.Generation.Vocabulary.DocumentFrequency(Secret));
    }

    [Fact]
    public void A_regular_file_in_a_real_subfolder_is_still_read()
    {
        var nested = Path.Combine(_folder.ArticlesPath, "local", "river.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
        File.WriteAllText(nested, "The river rose by two metres overnight.\n");

        using var index = _folder.OpenIndex();
        var result = index.EnsureCurrent();

        Assert.Equal(3, result.Articles);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void A_text_article_whose_sidecar_is_a_link_keeps_its_paragraphs_but_not_the_linked_metadata()
    {
        var outsideMeta = Path.Combine(_folder.OutsidePath, "river.meta");
        Directory.CreateDirectory(_folder.OutsidePath);
        File.WriteAllText(outsideMeta, $"title: {Secret}\n");
        File.WriteAllText(Path.Combine(_folder.ArticlesPath, "river.txt"), "The river rose by two metres overnight.\n");
        File.CreateSymbolicLink(Path.Combine(_folder.ArticlesPath, "river.meta"), outsideMeta);
        var logs = new CapturedLogs();

        using var index = _folder.OpenIndex(logs: logs);
        index.EnsureCurrent();
        using var lease = index.Acquire();

        Assert.Null(lease.Generation.Articles["river"].Metadata.Title);
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains("river.meta"));
    }
}
