using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Figure 1 (and 6): answering in process, question to reply, beside the raw Lucene search for the same words on the
/// same index, interleaved question by question so both see the same noise. Then memory after many questions.
/// </summary>
internal static class AnswerCommand
{
    public static int Run(Options options)
    {
        var articles = options.Get("articles") ?? RepoRoot.SeedArticles;
        var indexPath = options.Get("index") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "seed-index");
        var questions = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).ToList() : RepoRoot.DevQuestions();
        var rounds = options.Int("rounds", 100);
        var memoryQuestions = options.Int("memory-questions", 10_000);
        // The bot never runs the raw search: alone, the answers' tail is not set by the raw search's garbage.
        var answerOnly = options.Flag("answer-only");

        Console.WriteLine($"articles {articles}; index {indexPath}; {questions.Count} questions x {rounds} rounds");
        using var bot = new Bot(articles, indexPath);
        var progress = new Progress<IndexProgress>(p =>
        {
            if (p.FilesDone % 500 == 0 || p.FilesDone == p.FilesTotal)
            {
                Console.Error.WriteLine($"  indexed {p.FilesDone}/{p.FilesTotal} files, {p.Paragraphs} paragraphs");
            }
        });
        var stopwatch = Stopwatch.StartNew();
        var ensured = bot.Index.EnsureCurrent(progress);
        Console.WriteLine($"index {(ensured.Rebuilt ? "built" : "opened")} in {stopwatch.Elapsed.TotalSeconds:F1} s: {ensured.Articles} articles, {ensured.Paragraphs} paragraphs");
        Console.WriteLine(Memory.Snapshot("memory after opening the index"));

        using var lease = bot.Index.Acquire();
        var searcher = lease.Generation.Searcher;

        // Warm-up: the lazy vocabulary, the OS page cache, and the JIT. Tiered compilation first runs every method
        // unoptimised and recompiles the hot ones in the background some time later; a short warm-up measured
        // that tier-0 code (seed p99 1.15 ms against 0.36 ms with DOTNET_TieredCompilation=0). The questions run
        // for at least --warmup-seconds (default 3), so what is measured is the steady state a running bot has.
        var warmupSeconds = options.Int("warmup-seconds", 3);
        var warmup = Stopwatch.StartNew();
        var warmupQuestions = questions.Take(Math.Max(50, questions.Count / 4)).ToList();
        do
        {
            foreach (var question in warmupQuestions)
            {
                bot.Answerer.Answer(new ChatQuestion(question));
                RawSearch.Run(searcher, question);
            }
        }
        while (warmup.Elapsed.TotalSeconds < warmupSeconds);

        Console.WriteLine($"warm-up {warmup.Elapsed.TotalSeconds:F1} s");
        var answer = new Percentiles("answer (QuestionAnswerer)");
        var raw = new Percentiles("raw Lucene BM25 top 10");
        var answered = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = Collections();
        var pauseBefore = GC.GetTotalPauseDuration();
        var answersWithCollection = new Percentiles("answers during which the GC ran");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                // Alternate which goes first so neither always runs with the other's warm caches.
                var answerFirst = (round + answer.Count) % 2 == 0;
                if (!answerFirst && !answerOnly)
                {
                    TimeRaw(searcher, question, raw);
                }

                var gen0 = GC.CollectionCount(0);
                var start = Stopwatch.GetTimestamp();
                var reply = bot.Answerer.Answer(new ChatQuestion(question));
                var end = Stopwatch.GetTimestamp();
                answer.Add(start, end);
                if (GC.CollectionCount(0) != gen0)
                {
                    answersWithCollection.Add(start, end);
                }
                answered += reply.Answered ? 1 : 0;
                if (answerFirst && !answerOnly)
                {
                    TimeRaw(searcher, question, raw);
                }
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var collections = Collections();
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        if (options.Flag("per-question"))
        {
            PerQuestion(bot, questions);
        }

        Console.WriteLine();
        Console.WriteLine(Percentiles.Header);
        Console.WriteLine(answer.Row());
        if (!answerOnly)
        {
            Console.WriteLine(raw.Row());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio answer/raw: p50 {answer.At(50) / raw.At(50):F2}x, p99 {answer.At(99) / raw.At(99):F2}x, mean {answer.Mean / raw.Mean:F2}x"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answered {answered}/{answer.Count}; allocated {allocated / (double)(answer.Count + raw.Count) / 1024:F1} KB per call (answer and raw together)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collections during the run: gen0 {collections.Gen0 - collectionsBefore.Gen0}, gen1 {collections.Gen1 - collectionsBefore.Gen1}, gen2 {collections.Gen2 - collectionsBefore.Gen2}; GC pauses {pause.TotalMilliseconds:F1} ms in all ({(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(GCSettings.LatencyMode)})"));
        if (answersWithCollection.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"answers during which a collection ran: {answersWithCollection.Count}, p50 {answersWithCollection.At(50):F3} ms, max {answersWithCollection.At(100):F3} ms"));
        }

        if (memoryQuestions > 0)
        {
            Console.WriteLine(Memory.Snapshot("memory before the memory run"));
            var total = 0;
            while (total < memoryQuestions)
            {
                foreach (var question in questions)
                {
                    if (total++ >= memoryQuestions)
                    {
                        break;
                    }

                    bot.Answerer.Answer(new ChatQuestion(question));
                }
            }

            Console.WriteLine(Memory.Snapshot($"memory after {memoryQuestions} more questions"));
            for (total = 0; total < memoryQuestions; total++)
            {
                bot.Answerer.Answer(new ChatQuestion(questions[total % questions.Count]));
            }

            Console.WriteLine(Memory.Snapshot($"memory after {memoryQuestions} questions again"));
        }

        return 0;
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>Where the time goes: each question alone, its median time and bytes allocated.</summary>
    private static void PerQuestion(Bot bot, IReadOnlyList<string> questions)
    {
        var rows = new List<(string Question, double Median, long Bytes)>();
        foreach (var question in questions.Take(200))
        {
            var series = new Percentiles(question);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++)
            {
                var start = Stopwatch.GetTimestamp();
                bot.Answerer.Answer(new ChatQuestion(question));
                series.Add(start, Stopwatch.GetTimestamp());
            }

            rows.Add((question, series.At(50), (GC.GetAllocatedBytesForCurrentThread() - before) / 20));
        }

        Console.WriteLine("slowest questions (median of 20, KB allocated per answer):");
        foreach (var row in rows.OrderByDescending(row => row.Median).Take(12))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Median,8:F3} ms {row.Bytes / 1024.0,9:F1} KB  {row.Question}"));
        }
    }

    private static void TimeRaw(Lucene.Net.Search.IndexSearcher searcher, string question, Percentiles raw)
    {
        var start = Stopwatch.GetTimestamp();
        RawSearch.Run(searcher, question);
        raw.Add(start, Stopwatch.GetTimestamp());
    }
}
