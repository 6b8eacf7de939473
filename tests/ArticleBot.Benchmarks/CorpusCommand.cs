using System.Diagnostics;
using ArticleBot.Benchmarks.Corpus;
using ArticleBot.Benchmarks.Harness;

namespace ArticleBot.Benchmarks;

/// <summary><c>corpus --paragraphs N --out DIR</c>: the generated corpus (fixed seed), never committed.</summary>
internal static class CorpusCommand
{
    public static int Run(Options options)
    {
        var folder = options.Require("out");
        var paragraphs = options.Int("paragraphs", 100_000);
        var stopwatch = Stopwatch.StartNew();
        var info = CorpusGenerator.Generate(folder, paragraphs, options.Int("questions", 2000));
        Console.WriteLine($"{info.Paragraphs} paragraphs in {info.Articles} articles at {info.ArticlesPath}; questions in {info.QuestionsPath} ({stopwatch.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
