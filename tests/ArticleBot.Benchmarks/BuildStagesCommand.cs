using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Where an index build spends its time and allocation: each stage of the real build path run by hand, one file at a
/// time, on one thread, timed and measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>.
/// </summary>
internal static class BuildStagesCommand
{
    public static int Run(Options options)
    {
        var articles = options.Require("articles");
        var take = options.Int("take", 200);
        var scratch = options.Get("scratch") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "stages");
        var files = System.IO.Directory.EnumerateFiles(articles, "*.md").Order(StringComparer.Ordinal).Take(take).ToList();
        foreach (var folder in new[] { scratch, scratch + "-plain" }.Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        var stages = new[] { "read and parse file", "person names", "quotations and speakers", "documents", "add: article documents", "add: paragraph documents", "add: quotation documents", "commit", "open generation, catalog handed", "plain loop: read + add (2nd writer)", "plain loop: commit", "paragraph words (shared)", "catalog collected", "(open, catalog read back)" };
        var ticks = new long[stages.Length];
        var bytes = new long[stages.Length];
        var cpu = new TimeSpan[stages.Length];
        long paragraphs = 0;

        void Time(int stage, Action action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = ThreadCpu.Now();
            action();
            ticks[stage] += Stopwatch.GetTimestamp() - started;
            cpu[stage] += ThreadCpu.Now() - cpuStarted;
            bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        // The plain loop's documents for the same paragraphs, into a writer of their own, timed the same way.
        var catalog = new IndexCatalog();
        using var plainDirectory = FSDirectory.Open(scratch + "-plain");
        using var plainWriter = new IndexWriter(plainDirectory, IndexGeneration.WriterConfig());
        using (var directory = FSDirectory.Open(scratch))
        using (var writer = new IndexWriter(directory, IndexGeneration.WriterConfig()))
        {
            foreach (var file in files)
            {
                ArticleSource source = null!;
                IReadOnlyList<Speaker> speakers = null!;
                IReadOnlyList<Quote> quotes = null!;
                List<Lucene.Net.Documents.Document> documents = null!;
                Time(0, () => source = ArticleFileReader.Read(file));
                IReadOnlyList<ParagraphWords> words = null!;
                Time(11, () => words = ParagraphWords.Of(source.Paragraphs));
                Time(1, () => speakers = PersonNameFinder.Find(source.Paragraphs, words));
                Time(2, () => quotes = QuoteAttributor.Attribute(source.Paragraphs, speakers, words));
                var article = new Article(source.Id, source.Path, source.Metadata, source.Paragraphs, quotes, speakers);
                Time(3, () => documents = ArticleDocuments.For(article, Path.GetFileName(file)).ToList());
                // One document at a time, by kind (For yields the article, its paragraphs, then its quotations).
                Time(4, () => writer.AddDocument(documents[0]));
                Time(5, () => documents.Skip(1).Take(article.Paragraphs.Count).ToList().ForEach(writer.AddDocument));
                Time(6, () => documents.Skip(1 + article.Paragraphs.Count).ToList().ForEach(writer.AddDocument));
                Time(12, () => catalog.Add(article, Path.GetFileName(file)));
                paragraphs += article.Paragraphs.Count;
                Time(9, () =>
                {
                    foreach (var document in BuildCommand.PlainDocuments(file))
                    {
                        plainWriter.AddDocument(document);
                    }
                });
            }

            Time(10, plainWriter.Commit);

            Time(7, writer.Commit);
        }

        Time(8, () => IndexGeneration.Open(scratch, memoryMapped: true, catalog).Retire());
        Time(13, () => IndexGeneration.Open(scratch).Retire());
        Console.WriteLine($"{files.Count} files, {paragraphs} paragraphs, one thread");
        // The read-back open is shown for comparison only: the build no longer does it.
        var totalCpu = cpu.Take(stages.Length - 1).Sum(time => time.Ticks);
        Console.WriteLine($"| {"stage",-28} | {"wall s",8} | {"CPU s",8} | {"CPU share",9} | {"CPU µs/para",12} | {"KB/paragraph",12} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 9)}:|{new string('-', 9)}:|{new string('-', 10)}:|{new string('-', 13)}:|{new string('-', 13)}:|");
        for (var i = 0; i < stages.Length; i++)
        {
            var seconds = ticks[i] / (double)Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stages[i],-28} | {seconds,8:F2} | {cpu[i].TotalSeconds,8:F2} | {100.0 * cpu[i].Ticks / totalCpu,8:F1}% | {cpu[i].TotalMicroseconds / paragraphs,12:F1} | {bytes[i] / 1024.0 / paragraphs,12:F1} |"));
        }

        return 0;
    }
}
