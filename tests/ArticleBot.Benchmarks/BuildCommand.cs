using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Figure 2: the real index build (<see cref="ArticleIndex.EnsureCurrent"/>: read and parse articles, find quotations
/// and speakers, write paragraph, quotation and article documents) beside a plain IndexWriter loop over the same
/// paragraphs with the same analyzer and writer settings, in the same process, one after the other.
/// </summary>
internal static class BuildCommand
{
    public static int Run(Options options)
    {
        var articles = options.Require("articles");
        var scratch = options.Get("scratch") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "build");
        var only = options.Get("only");
        var repeat = options.Int("repeat", 1);
        var files = System.IO.Directory.EnumerateFiles(articles, "*.md").Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{files.Count} files from {articles}");

        for (var r = 0; r < repeat; r++)
        {
            if (only is null or "plain")
            {
                Report("plain IndexWriter loop", () => Plain(files, Fresh(Path.Combine(scratch, "plain"))));
            }

            if (only is null or "full")
            {
                Report("ArticleIndex.EnsureCurrent", () =>
                {
                    using var bot = new Bot(articles, Fresh(Path.Combine(scratch, "full")));
                    var started = Stopwatch.StartNew();
                    var progress = new SyncProgress(p =>
                    {
                        if (p.FilesDone % 500 == 0 || p.FilesDone == p.FilesTotal)
                        {
                            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                $"  {p.FilesDone}/{p.FilesTotal} files, {p.Paragraphs} paragraphs written at {started.Elapsed.TotalSeconds:F1} s"));
                        }
                    });
                    return bot.Index.EnsureCurrent(progress, forceRebuild: true).Paragraphs;
                });
            }
        }

        return 0;
    }

    private static void Report(string name, Func<long> build)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var paragraphs = build();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // CPU seconds (every thread of the process: the writer, the parser, Lucene's merge threads, the GC) are
        // what the work costs; wall seconds depend on how many cores the other tenants of the machine leave us.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28}: {paragraphs} paragraphs in {seconds:F1} s = {paragraphs / seconds:F0} paragraphs/s; CPU {cpu:F1} s; allocated {allocated / 1048576.0:F0} MB"));
        Console.WriteLine("  " + Memory.Snapshot("after"));
    }

    private static string Fresh(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }

        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Read each file, split it into paragraphs at blank lines, one document per paragraph with its id,
    /// stored text and the two analysed fields; the index's own writer settings and analyzer.</summary>
    private static long Plain(List<string> files, string path)
    {
        long paragraphs = 0;
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, IndexGeneration.WriterConfig());
        foreach (var file in files)
        {
            foreach (var document in PlainDocuments(file))
            {
                writer.AddDocument(document);
                paragraphs++;
            }
        }

        writer.Commit();
        return paragraphs;
    }

    /// <summary>A file split into paragraphs at blank lines (front matter dropped), one document each.</summary>
    internal static IEnumerable<Document> PlainDocuments(string file)
    {
        var text = File.ReadAllText(file);
        var body = text.StartsWith("---", StringComparison.Ordinal) ? text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..] : text;
        var number = 0;
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            number++;
            yield return new Document
            {
                new StringField(IndexFields.Id, $"{Path.GetFileNameWithoutExtension(file)}#{number}", Field.Store.YES),
                new StoredField(IndexFields.Text, paragraph),
                new TextField(IndexFields.Body, paragraph, Field.Store.NO),
                new TextField(IndexFields.Exact, paragraph, Field.Store.NO),
            };
        }
    }

    /// <summary>Reports on the writer's thread, so the time printed is when the file was written.</summary>
    private sealed class SyncProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
