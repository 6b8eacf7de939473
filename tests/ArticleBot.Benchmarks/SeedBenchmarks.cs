using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ArticleBot.Benchmarks;

/// <summary>Time and allocations per question on the seed article, beside the raw search for the same words.</summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private Bot _bot = null!;
    private IndexLease _lease = null!;

    [Params("Who is the founder of DeepSeek?", "How much funding did DeepSeek have?", "/quote closed-source moats")]
    public string Question { get; set; } = "";

    /// <summary>In process (no separate build of a generated project, which costs minutes on two cores).</summary>
    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    [GlobalSetup]
    public void Setup()
    {
        _bot = new Bot(RepoRoot.SeedArticles, Path.Combine(Path.GetTempPath(), "articlebot-bench", "bdn-seed-index"));
        _bot.Index.EnsureCurrent();
        _lease = _bot.Index.Acquire();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lease.Dispose();
        _bot.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int RawSearch() => Harness.RawSearch.Run(_lease.Generation.Searcher, Question);

    [Benchmark]
    public int Answer() => _bot.Answerer.Answer(new ChatQuestion(Question)).Results.Count;
}
