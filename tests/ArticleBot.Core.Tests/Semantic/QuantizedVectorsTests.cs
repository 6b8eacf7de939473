using System.Text.Json;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Semantic;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The int8 store on the real model's vectors of the seed article's sentences and the dev set's questions:
/// it finds what fp32 finds, keeps it on disk, and never serves another model's vectors.</summary>
public sealed class QuantizedVectorsTests : IDisposable
{
    private static readonly Lazy<(float[][] Passages, float[][] Questions)> Real = new(EncodeSeed);

    private readonly string _folder = Directory.CreateTempSubdirectory("articlebot-quantized-").FullName;

    private static float[][] Passages => Real.Value.Passages;

    private static float[][] Questions => Real.Value.Questions;

    [Fact]
    public void The_nearest_rows_are_fp32s_nearest_and_cosines_within_a_hundredth()
    {
        var store = QuantizedVectors.Quantize(TestModel.Encoder.Dimensions, Passages);
        var found = 0;
        var expected = 0;

        foreach (var question in Questions)
        {
            var exact = Passages.Select((passage, row) => (Row: row, Cosine: VectorMath.Dot(passage, question))).OrderByDescending(hit => hit.Cosine).Take(5).ToList();
            var nearest = store.Nearest(question, 5);

            Assert.Equal(exact[0].Row, nearest[0].Row);
            found += nearest.Count(hit => exact.Any(other => other.Row == hit.Row));
            expected += exact.Count;
            foreach (var (row, cosine) in nearest)
            {
                Assert.InRange(cosine - VectorMath.Dot(Passages[row], question), -0.01f, 0.01f);
                Assert.Equal(cosine, store.Similarity(row, question), 4);
            }

            Assert.Equal(nearest.Select(hit => hit.Cosine).OrderByDescending(cosine => cosine), nearest.Select(hit => hit.Cosine));
        }

        // Rows swap only where fp32's cosines nearly tie.
        Assert.True(found >= expected * 0.95, $"recall@5 {found}/{expected}");
    }

    [Fact]
    public void A_written_store_is_read_back_through_its_memory_map_with_the_same_results()
    {
        var store = QuantizedVectors.Quantize(TestModel.Encoder.Dimensions, Passages);
        var path = Path.Combine(_folder, "vectors.i8");

        store.Write(path, TestModel.Encoder.ModelId);
        var read = QuantizedVectors.Open(path, TestModel.Encoder.ModelId, TestModel.Encoder.Dimensions);

        Assert.NotNull(read);
        Assert.True(read.IsMapped);
        Assert.Equal(Passages.Length, read.Count);
        Assert.Equal(HeaderAndRows(Passages.Length), new FileInfo(path).Length);
        foreach (var question in Questions)
        {
            Assert.Equal(store.Nearest(question, 10), read.Nearest(question, 10));
            Assert.Equal(store.Similarity(3, question), read.Similarity(3, question));
        }
    }

    [Fact]
    public void Another_models_damaged_or_missing_file_is_not_used()
    {
        var path = Path.Combine(_folder, "vectors.i8");
        QuantizedVectors.Quantize(TestModel.Encoder.Dimensions, Passages).Write(path, TestModel.Encoder.ModelId);

        Assert.Null(QuantizedVectors.Open(path, "another-model-1.0", TestModel.Encoder.Dimensions));
        Assert.Null(QuantizedVectors.Open(path, TestModel.Encoder.ModelId, 768));
        Assert.Null(QuantizedVectors.Open(Path.Combine(_folder, "none.i8"), TestModel.Encoder.ModelId, TestModel.Encoder.Dimensions));
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 100);
        }

        Assert.Null(QuantizedVectors.Open(path, TestModel.Encoder.ModelId, TestModel.Encoder.Dimensions));
    }

    [Fact]
    public void A_large_store_searched_by_signs_first_finds_what_the_exact_pass_finds()
    {
        // Rows of the real vectors with a little noise each; the signs' pass keeps a fifth of them for the int8 one.
        var random = new Random(7);
        var rows = Enumerable.Range(0, 3_000).Select(row => Perturbed(Passages[row % Passages.Length], random)).ToList();
        var store = QuantizedVectors.Quantize(TestModel.Encoder.Dimensions, rows);
        var found = 0;

        foreach (var question in Questions)
        {
            var bySigns = store.Nearest(question, 20, candidates: 600, signsFrom: 1_000);
            var exact = store.Nearest(question, 20, signsFrom: int.MaxValue);

            Assert.Equal(20, bySigns.Count);
            Assert.All(bySigns, hit => Assert.Equal(store.Similarity(hit.Row, question), hit.Cosine, 5));
            found += bySigns.Count(hit => exact.Any(other => other.Row == hit.Row));
        }

        Assert.True(found >= Questions.Length * 20 * 0.9, $"recall@20 {found}/{Questions.Length * 20}");
    }

    [Fact]
    public void A_question_of_the_wrong_size_or_an_empty_store_finds_nothing()
    {
        Assert.Empty(QuantizedVectors.Quantize(3, []).Nearest([1f, 0f, 0f], 5));
        Assert.Empty(QuantizedVectors.Quantize(3, [[1f, 0f, 0f]]).Nearest([1f, 0f], 5));
        Assert.InRange(QuantizedVectors.Quantize(3, [[0.6f, 0.8f, 0f]]).Similarity(0, [0.6f, 0.8f, 0f]), 0.995f, 1.005f);
    }

    private static long HeaderAndRows(int count) => 256 + (count * ((TestModel.Encoder.Dimensions / 8) + sizeof(float) + TestModel.Encoder.Dimensions));

    private static float[] Perturbed(float[] vector, Random random)
    {
        var noisy = vector.Select(value => value + (float)((random.NextDouble() - 0.5) * 0.05)).ToArray();
        var length = MathF.Sqrt(VectorMath.Dot(noisy, noisy));
        return [.. noisy.Select(value => value / length)];
    }

    private static (float[][], float[][]) EncodeSeed()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"));
        var body = text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
        var sentences = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(SentenceSplitter.SplitText)
            .Distinct()
            .ToList();
        var questions = File.ReadLines(RepoPaths.DevQuestions)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .Take(12)
            .ToList();
        return (TestModel.Encoder.EncodePassages(sentences), TestModel.Encoder.EncodeQueries(questions));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A map still open on Windows; the temp folder is cleaned by the OS.
        }
    }
}
