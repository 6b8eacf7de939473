using System.Globalization;
using System.Text.Json;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;

namespace ArticleBot.Benchmarks;

/// <summary>
/// How near the int8 copy's vectors come to fp32's on real text: the cosine between the two models' vectors of the
/// seed's paragraphs and of a question set (mean, minimum, 1st percentile), and how often exact search over every
/// paragraph of an articles folder puts the same paragraph first for a question with each model. Paragraph vectors
/// are taken from an index's vector caches where given (<c>--fp32-cache</c>, <c>--int8-cache</c>: the
/// <c>vectors-MODEL.bin</c> beside an index of that folder built with each model, keyed by the paragraph's text), and
/// encoded otherwise.
/// </summary>
internal static class EncoderAgreement
{
    public static int Run(ArcticXsEncoder fp32, ArcticXsEncoder int8, string articles, string? questionsFile, string? fp32Cache, string? int8Cache)
    {
        var seed = Paragraphs(RepoRoot.SeedArticles);
        Report("seed paragraphs", Batched(fp32.EncodePassages, seed), Batched(int8.EncodePassages, seed));
        var questions = questionsFile is null ? RepoRoot.DevQuestions() : Questions(questionsFile);
        var fp32Questions = Batched(fp32.EncodeQueries, questions);
        var int8Questions = Batched(int8.EncodeQueries, questions);
        Report($"questions ({questionsFile ?? "seed dev"})", fp32Questions, int8Questions);

        var paragraphs = Paragraphs(articles);
        var fp32Paragraphs = Cached(fp32, fp32Cache, paragraphs);
        var int8Paragraphs = Cached(int8, int8Cache, paragraphs);
        Report($"paragraphs of {articles}", fp32Paragraphs, int8Paragraphs);
        var same = 0;
        var sameInTop3 = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var fp32Best = Ranked(fp32Questions[i], fp32Paragraphs).First();
            var int8Ranked = Ranked(int8Questions[i], int8Paragraphs).Take(3).ToList();
            same += int8Ranked[0] == fp32Best ? 1 : 0;
            sameInTop3 += int8Ranked.Contains(fp32Best) ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exact search over {paragraphs.Count} paragraphs: int8's first paragraph is fp32's for {same} of {questions.Count} questions ({(double)same / questions.Count:F3}); fp32's first among int8's top 3 for {sameInTop3} ({(double)sameInTop3 / questions.Count:F3})"));
        return 0;
    }

    private static List<string> Paragraphs(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(ArticleFileReader.IsArticleFile).Order(StringComparer.Ordinal)
            .SelectMany(path => ArticleFileReader.Read(path).Paragraphs.Select(paragraph => paragraph.Text))];

    private static List<string> Questions(string file) =>
        [.. File.ReadLines(file).Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)];

    /// <summary>In batches of 16, as an index build encodes.</summary>
    private static float[][] Batched(Func<IReadOnlyList<string>, CancellationToken, float[][]> encode, IReadOnlyList<string> texts) =>
        [.. texts.Chunk(16).SelectMany(batch => encode(batch, default))];

    private static float[][] Cached(ArcticXsEncoder encoder, string? cache, List<string> texts)
    {
        var cached = cache is null ? [] : new VectorCacheFile(cache, encoder.Dimensions).Read();
        var missing = texts.Where(text => !cached.ContainsKey(VectorCacheFile.KeyOf(text))).Distinct().ToList();
        foreach (var (text, vector) in missing.Zip(Batched(encoder.EncodePassages, missing)))
        {
            cached[VectorCacheFile.KeyOf(text)] = vector;
        }

        Console.WriteLine($"{encoder.ModelId}: {texts.Count - missing.Count} paragraph vectors from {cache ?? "no cache"}, {missing.Count} encoded");
        return [.. texts.Select(text => cached[VectorCacheFile.KeyOf(text)])];
    }

    private static IEnumerable<int> Ranked(float[] question, float[][] paragraphs) =>
        Enumerable.Range(0, paragraphs.Length).OrderByDescending(i => Dot(question, paragraphs[i]));

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Report(string what, float[][] fp32, float[][] int8)
    {
        var cosines = fp32.Zip(int8, Dot).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {cosines.Length} texts, cosine fp32 · int8 mean {cosines.Average():F4}, min {cosines[0]:F4}, 1st percentile {cosines[cosines.Length / 100]:F4}"));
    }
}
