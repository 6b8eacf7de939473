using System.Text;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>An editor saving an article slowly while the bot rebuilds and answers: no question fails, a half-written
/// file never takes the bot down, and once the file is complete the next rebuild answers from all of it.</summary>
public sealed class ArticleBeingWrittenTests(ITestOutputHelper output) : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Rebuilding_while_an_article_is_being_written_fails_no_question_and_loses_nothing()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);
        var path = Path.Combine(_folder.ArticlesPath, "glacier.md");
        var paragraphs = Enumerable.Range(1, 60)
            .Select(i => $"Paragraph {i} of the report says the Vatnajökull glacier retreated by {i * 3} metres, “a pace we have never measured before,” Dr. Ásta Jónsdóttir said.")
            .ToList();

        var writing = Task.Run(async () =>
        {
            await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            var bytes = Encoding.UTF8.GetBytes("---\ntitle: Glacier report\n---\n\n" + string.Join("\n\n", paragraphs) + "\n");
            // Small uneven chunks, flushed, so readers see the file cut in the middle of words and of UTF-8 sequences.
            for (var offset = 0; offset < bytes.Length; offset += 97)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(97, bytes.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(2);
            }
        });

        var rebuilds = 0;
        var answered = 0;
        var skippedWhileWriting = 0;
        while (!writing.IsCompleted)
        {
            var result = index.EnsureCurrent();
            rebuilds += result.Rebuilt ? 1 : 0;
            skippedWhileWriting += result.Skipped.Count;
            var reply = answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?"));
            Assert.True(reply.Answered);
            Assert.Equal(2, reply.Results[0].Paragraph);
            answered++;
        }

        await writing;
        var final = index.EnsureCurrent();
        var glacier = answerer.Answer(new ChatQuestion("/source glacier 60"));

        TestReport.Line(output, $"index: article written in {paragraphs.Count} paragraphs while serving: {rebuilds} rebuilds, {answered} questions answered, 0 failed, {skippedWhileWriting} half-written reads skipped");
        Assert.Empty(final.Skipped);
        Assert.True(glacier.Answered, glacier.Message);
        Assert.Contains("Paragraph 60 of the report", glacier.Results[0].Text);
        Assert.Equal("Ásta Jónsdóttir", answerer.Answer(new ChatQuestion("pace we have never measured", QuestionIntent.Quote)).Results[0].Speaker);
    }
}
