using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Figure 7: answering with the embedding model, beside its two unavoidable parts measured on the same questions —
/// the model's own encoding of the question and the raw Lucene search — and beside the lexical-only answerer on the
/// same index. The question cache is off, so every answer pays for its encoding (a repeated question would not).
/// The model is the bot's default, the int8 copy (<c>ArticleBot:Semantic:Quantized</c>); with <c>--fp32</c>, the package's graph as it is.
/// </summary>
internal static class HybridCommand
{
    public static int Run(Options options)
    {
        var articles = options.Get("articles") ?? RepoRoot.SeedArticles;
        var indexPath = options.Get("index") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "hybrid-index");
        var questions = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).ToList() : RepoRoot.DevQuestions();
        var rounds = options.Int("rounds", 20);
        var threads = options.Int("threads", new SemanticOptions().Threads);

        using var encoder = new ArcticXsEncoder(Microsoft.Extensions.Options.Options.Create(new SemanticOptions { Threads = threads, Quantized = !options.Flag("fp32") }));
        var stopwatch = Stopwatch.StartNew();
        encoder.EncodeQuery("load");
        Console.WriteLine($"model {encoder.ModelId} loaded in {stopwatch.ElapsedMilliseconds} ms ({threads} threads)");
        var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance, queryCacheCapacity: 0);
        using var bot = new Bot(articles, indexPath, semantic: semantic);
        var ensured = bot.Index.EnsureCurrent();
        var lexical = new QuestionAnswerer(bot.Index, Microsoft.Extensions.Options.Options.Create(new AnsweringOptions { SynonymsPath = RepoRoot.Synonyms }), NullLogger<QuestionAnswerer>.Instance);

        stopwatch.Restart();
        bot.Answerer.WarmUp();
        Console.WriteLine($"{ensured.Paragraphs} paragraphs; vectors ready in {stopwatch.ElapsedMilliseconds} ms ({Memory.Snapshot("after vectors")})");
        using var lease = bot.Index.Acquire();
        var searcher = lease.Generation.Searcher;

        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < options.Int("warmup-seconds", 3))
        {
            foreach (var question in questions)
            {
                bot.Answerer.Answer(new ChatQuestion(question));
                lexical.Answer(new ChatQuestion(question));
                encoder.EncodeQuery(question);
                RawSearch.Run(searcher, question);
            }
        }

        var hybrid = new Percentiles("answer, hybrid");
        var words = new Percentiles("answer, lexical only");
        var encode = new Percentiles("model: encode question");
        var raw = new Percentiles("raw Lucene BM25 top 10");
        var parts = new Percentiles("encode + raw Lucene");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var t0 = Stopwatch.GetTimestamp();
                encoder.EncodeQuery(question);
                var t1 = Stopwatch.GetTimestamp();
                RawSearch.Run(searcher, question);
                var t2 = Stopwatch.GetTimestamp();
                bot.Answerer.Answer(new ChatQuestion(question));
                var t3 = Stopwatch.GetTimestamp();
                lexical.Answer(new ChatQuestion(question));
                var t4 = Stopwatch.GetTimestamp();
                encode.Add(t0, t1);
                raw.Add(t1, t2);
                parts.Add(t0, t2);
                hybrid.Add(t2, t3);
                words.Add(t3, t4);
            }
        }

        Console.WriteLine(Percentiles.Header);
        foreach (var series in new[] { hybrid, words, encode, raw, parts })
        {
            Console.WriteLine(series.Row());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hybrid answer / (encode + raw Lucene) at the median: {hybrid.At(50) / parts.At(50):F2}x; p99 {hybrid.At(99):F2} ms"));
        Console.WriteLine(Memory.Snapshot("after the questions"));
        return 0;
    }
}
