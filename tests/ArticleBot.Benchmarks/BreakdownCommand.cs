using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Where the time and the allocations of an answer go, stage by stage, with the same calls the answerer makes:
/// understanding, the candidate search, reading the candidates' stored fields, passage evidence for each.
/// </summary>
internal static class BreakdownCommand
{
    public static int Run(Options options)
    {
        var articles = options.Get("articles") ?? RepoRoot.SeedArticles;
        var indexPath = options.Get("index") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "seed-index");
        var questions = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).Take(options.Int("take", 500)).ToList() : RepoRoot.DevQuestions();
        using var bot = new Bot(articles, indexPath);
        bot.Index.EnsureCurrent();
        using var lease = bot.Index.Acquire();
        var generation = lease.Generation;
        var understanding = new QueryUnderstanding(SynonymMap.Load(RepoRoot.Synonyms));
        var stages = new[] { "understand", "candidate search", "stored fields", "passage evidence", "whole answer", "raw search" };
        var time = new Percentiles[stages.Length];
        var bytes = new long[stages.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            time[s] = new Percentiles(stages[s]);
        }

        // Every pass but the last warms up (tiered JIT, caches); the last is measured.
        var passes = Math.Max(2, options.Int("rounds", 2));
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var question in questions)
            {
                var measure = pass == passes - 1;
                var concepts = Stage(0, measure, () => understanding.Understand(question, generation));
                if (concepts.Count == 0)
                {
                    continue;
                }

                var hits = Stage(1, measure, () => generation.Searcher.Search(ParagraphSearch.Build(generation, IndexFields.Kinds.Paragraph, concepts, []), ParagraphSearch.Candidates).ScoreDocs);
                var texts = Stage(2, measure, () => hits.Select(hit => generation.Searcher.Doc(hit.Doc).Get(IndexFields.Text)).ToList());
                Stage(3, measure, () => texts.Select(text => PassageScorer.Score(text, concepts)).ToList());
                Stage(4, measure, () => bot.Answerer.Answer(new ChatQuestion(question)));
                Stage(5, measure, () => RawSearch.Run(generation.Searcher, question));
            }
        }

        var header = Percentiles.Header.Split('\n');
        Console.WriteLine(header[0] + " KB alloc/question |");
        Console.WriteLine(header[1] + "------------------:|");
        for (var s = 0; s < stages.Length; s++)
        {
            Console.WriteLine(time[s].Row() + string.Create(CultureInfo.InvariantCulture, $" {bytes[s] / 1024.0 / Math.Max(1, time[s].Count),17:F1} |"));
        }

        return 0;

        T Stage<T>(int stage, bool measure, Func<T> work)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = work();
            var end = Stopwatch.GetTimestamp();
            if (measure)
            {
                time[stage].Add(start, end);
                bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            return result;
        }
    }
}
