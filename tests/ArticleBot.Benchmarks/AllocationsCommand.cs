using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Which types an answer allocates, from the runtime's own allocation sampling (one GCAllocationTick event per
/// ~100 KB allocated, naming the type that crossed the line): a cheap, stack-less allocation profile of the
/// answer path, to say where garbage comes from without a trace viewer.
/// </summary>
internal static class AllocationsCommand
{
    public static int Run(Options options)
    {
        var articles = options.Get("articles") ?? RepoRoot.SeedArticles;
        var indexPath = options.Get("index") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "seed-index");
        var questions = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).Take(options.Int("take", 500)).ToList() : RepoRoot.DevQuestions();
        var rounds = options.Int("rounds", 20);
        using var bot = new Bot(articles, indexPath);
        bot.Index.EnsureCurrent();
        foreach (var question in questions)
        {
            bot.Answerer.Answer(new ChatQuestion(question));
        }

        using var listener = new AllocationListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                bot.Answerer.Answer(new ChatQuestion(question));
            }
        }

        var total = GC.GetAllocatedBytesForCurrentThread() - before;
        var answers = rounds * questions.Count;
        Console.WriteLine($"{answers} answers, {total / 1024.0 / answers:F1} KB allocated per answer; sampled types (share of samples):");
        var samples = listener.Counts.Values.Sum();
        foreach (var (type, count) in listener.Counts.OrderByDescending(pair => pair.Value).Take(options.Int("top", 30)))
        {
            Console.WriteLine($"  {100.0 * count / samples,5:F1}%  {type}");
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, int> Counts { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && data.Payload is { } payload
                && data.PayloadNames?.IndexOf("TypeName") is int index and >= 0)
            {
                Counts.AddOrUpdate(payload[index]?.ToString() ?? "?", 1, (_, count) => count + 1);
            }
        }
    }
}
