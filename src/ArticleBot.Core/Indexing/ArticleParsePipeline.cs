using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Reads, parses and analyses article files (front matter, sentences, quotations, speakers, documents) on a
/// thread of its own, in file order and a few articles ahead, while the caller's thread feeds the index writer.
/// Lucene's analysis is the larger half of a build, so on two cores the parsing costs almost no wall time. One
/// writer thread keeps documents in file order, so a build gives the same index as a loop on one thread.
/// </summary>
internal static class ArticleParsePipeline
{
    /// <summary>How many parsed articles may wait for the writer: enough to ride out a slow file, little memory.</summary>
    private const int Lookahead = 32;

    public static IEnumerable<ParsedArticle> Parse(IReadOnlyList<string> files, string articlesPath, ArticleLimits limits)
    {
        using var queue = new BlockingCollection<ParsedArticle>(Lookahead);
        using var stop = new CancellationTokenSource();
        var producer = new Thread(() => Produce(files, articlesPath, limits, queue, stop.Token)) { IsBackground = true, Name = "ArticleBot article parser" };
        producer.Start();
        try
        {
            foreach (var parsed in queue.GetConsumingEnumerable())
            {
                yield return parsed;
            }
        }
        finally
        {
            // The writer stopped early (an exception, or a fault rethrown): let the parser finish instead of
            // blocking on a full queue forever.
            stop.Cancel();
            producer.Join();
        }
    }

    private static void Produce(IReadOnlyList<string> files, string articlesPath, ArticleLimits limits, BlockingCollection<ParsedArticle> queue, CancellationToken stop)
    {
        try
        {
            foreach (var file in files)
            {
                var parsed = ParseOne(file, articlesPath, limits);
                queue.Add(parsed, stop);
                if (parsed.Fault is not null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer has stopped reading.
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static ParsedArticle ParseOne(string file, string articlesPath, ArticleLimits limits)
    {
        var source = Path.GetRelativePath(articlesPath, file);
        try
        {
            var read = ArticleFileReader.Read(file, limits);
            var article = ArticleBuilder.Build(read);
            var documents = ArticleDocuments.For(article, source).ToList();
            return new ParsedArticle(file, source, article, documents, null, null) { Warnings = read.Warnings };
        }
        catch (ArticleBotException exception)
        {
            return new ParsedArticle(file, source, null, null, exception, null);
        }
        catch (Exception exception)
        {
            return new ParsedArticle(file, source, null, null, null, ExceptionDispatchInfo.Capture(exception));
        }
    }
}
