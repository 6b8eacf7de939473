using ArticleBot.Testing;
using System.Text;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Indexing;

public sealed class IndexFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_truncated_emptied_or_corrupted_index_file_is_healed_by_a_rebuild_on_the_next_start()
    {
        var before = _folder.Hashes();
        var fileCount = BuildFresh().Count;
        var faults = 0;
        var rebuilt = 0;

        for (var i = 0; i < fileCount; i++)
        {
            foreach (var (name, corrupt) in Corruptions)
            {
                var file = BuildFresh()[i];
                File.WriteAllBytes(file, corrupt(File.ReadAllBytes(file)));
                faults++;

                using var index = _folder.OpenIndex();
                var result = index.EnsureCurrent();
                var reply = ArticleFolder.Answerer(index).Answer(new ChatQuestion("Who is the founder of DeepSeek?"));

                Assert.True(reply.Answered, $"No answer after {name} {Path.GetFileName(file)}");
                Assert.Equal(2, reply.Results[0].Paragraph);
                // segments.gen is only a hint: Lucene lists the folder when it is damaged, so the index stays good.
                Assert.True(result.Rebuilt || Path.GetFileName(file) == "segments.gen", $"The index was reused after {name} {Path.GetFileName(file)}");
                rebuilt += result.Rebuilt ? 1 : 0;
            }
        }

        TestReport.Line(output, $"index: {faults} faults injected ({Corruptions.Length} kinds x {fileCount} index files); {rebuilt} healed by a rebuild, {faults - rebuilt} harmless (segments.gen), 0 failed questions");
        Assert.Equal(before, _folder.Hashes());
    }

    /// <summary>Deletes the index, builds it anew and closes it, as a bot that stopped; returns its files by name.</summary>
    private IReadOnlyList<string> BuildFresh()
    {
        if (Directory.Exists(_folder.IndexPath))
        {
            Directory.Delete(_folder.IndexPath, recursive: true);
        }

        using (var index = _folder.OpenIndex())
        {
            Assert.True(index.EnsureCurrent().Rebuilt);
        }

        return Directory.EnumerateFiles(_folder.CurrentGeneration()).Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [InlineData("garbage", "this is not json")]
    [InlineData("empty", "")]
    [InlineData("json null", "null")]
    [InlineData("an empty object", "{}")]
    [InlineData("no sources", "{\"schema\": 4, \"generation\": \"gen-1\"}")]
    [InlineData("a generation outside the index folder", "{\"schema\": 4, \"generation\": \"../../elsewhere\", \"sources\": []}")]
    [InlineData("wrong types", "{\"schema\": \"four\", \"generation\": 7, \"sources\": {}}")]
    [InlineData("truncated", "{\"schema\": 4, \"generation\": \"gen-")]
    public void A_corrupted_manifest_is_healed_by_a_rebuild(string what, string manifest)
    {
        var before = _folder.Hashes();
        using (var first = _folder.OpenIndex())
        {
            first.EnsureCurrent();
        }

        File.WriteAllText(Path.Combine(_folder.IndexPath, IndexManifest.FileName), manifest);

        using var index = _folder.OpenIndex();
        var result = index.EnsureCurrent();

        Assert.True(result.Rebuilt, $"The index with {what} as manifest was not rebuilt.");
        Assert.Equal(2, result.Articles);
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Answered);
        Assert.NotNull(IndexManifest.TryRead(_folder.IndexPath));
        Assert.Equal(before, _folder.Hashes());
    }

    [Fact]
    public void Empty_non_utf8_and_duplicate_articles_are_skipped_with_a_message_naming_the_file_and_the_others_still_answer()
    {
        var empty = Path.Combine(_folder.ArticlesPath, "empty.md");
        var latin1 = Path.Combine(_folder.ArticlesPath, "latin1.txt");
        var duplicate = Path.Combine(_folder.ArticlesPath, "nested", "deepseek-liang-wenfeng.txt");
        File.WriteAllText(empty, "");
        File.WriteAllBytes(latin1, Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e is served in the harbour.\n"));
        Directory.CreateDirectory(Path.GetDirectoryName(duplicate)!);
        File.WriteAllText(duplicate, "A second file that claims the seed article's id.\n");
        var before = _folder.Hashes();

        using var index = _folder.OpenIndex();
        var result = index.EnsureCurrent();

        Assert.Equal(2, result.Articles);
        Assert.Equal(3, result.Skipped.Count);
        Assert.Contains(result.Skipped, reason => reason.Contains(empty) && reason.Contains("no paragraphs"));
        Assert.Contains(result.Skipped, reason => reason.Contains(latin1) && reason.Contains("UTF-8"));
        Assert.Contains(result.Skipped, reason => reason.Contains(duplicate) && reason.Contains("same id"));
        var answerer = ArticleFolder.Answerer(index);
        Assert.Equal(2, answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Results[0].Paragraph);
        Assert.Equal("harbor-bridge", answerer.Answer(new ChatQuestion("", QuestionIntent.Source)).Results.Select(p => p.ArticleId).Order().Last());
        Assert.Equal(before, _folder.Hashes());
        TestReport.Line(output, $"index: 3 bad articles skipped: {string.Join(" | ", result.Skipped)}");
    }

    [Fact]
    public async Task No_question_fails_while_the_index_is_rebuilt_under_fifty_concurrent_askers()
    {
        var before = _folder.Hashes();
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);
        using var stop = new CancellationTokenSource();
        var answered = 0;
        var rebuilds = 0;

        var askers = Enumerable.Range(0, 50).Select(i => Task.Run(() =>
        {
            var question = i % 2 == 0 ? "Who is the founder of DeepSeek?" : "How long is the harbor bridge?";
            var count = 0;
            while (!stop.IsCancellationRequested || count == 0)
            {
                var reply = answerer.Answer(new ChatQuestion(question));
                Assert.True(reply.Answered, $"'{question}' was not answered during a rebuild.");
                count++;
            }

            Interlocked.Add(ref answered, count);
        })).ToList();

        var deadline = DateTime.UtcNow.AddSeconds(3);
        while (DateTime.UtcNow < deadline || rebuilds < 3)
        {
            Assert.True(index.EnsureCurrent(forceRebuild: true).Rebuilt);
            rebuilds++;
        }

        await stop.CancelAsync();
        await Task.WhenAll(askers).WaitAsync(TimeSpan.FromSeconds(30));

        TestReport.Line(output, $"index: {rebuilds} rebuilds while 50 askers ran: {answered} questions answered, 0 failed");
        Assert.True(answered >= 50);
        Assert.Single(Directory.EnumerateDirectories(_folder.IndexPath, "gen-*"));
        Assert.Equal(before, _folder.Hashes());
    }

    [Fact]
    public void An_index_folder_that_cannot_be_created_stops_the_bot_with_a_message_naming_it_and_the_setting()
    {
        File.WriteAllText(_folder.IndexPath, "a file where the index folder should be");
        using var index = _folder.OpenIndex();

        var exception = Assert.Throws<ArticleBotException>(() => index.EnsureCurrent());

        Assert.True(exception.IsFatal);
        Assert.Contains(_folder.IndexPath, exception.Message);
        Assert.Contains("ArticleBot:Index:IndexPath", exception.Message);
    }

    private static readonly (string Name, Func<byte[], byte[]> Corrupt)[] Corruptions =
    [
        ("emptying", _ => []),
        ("truncating", bytes => bytes[..(bytes.Length / 2)]),
        ("flipping bytes in", bytes =>
        {
            var copy = (byte[])bytes.Clone();
            for (var i = copy.Length / 3; i < copy.Length && i < copy.Length / 3 + 16; i++)
            {
                copy[i] ^= 0x5A;
            }

            return copy;
        }),
    ];
}
