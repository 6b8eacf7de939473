using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;

namespace ArticleBot.Benchmarks;

/// <summary>
/// The int8 vector store at scale (issue 11's 1M budget): rows made from real vectors (a vector cache file, e.g. the
/// squad11 build's) each perturbed by noise, or random unit vectors without one; real questions encoded by the model.
/// Prints the build and search times, the process's own and mapped memory, and recall@k of the int8 search against
/// an exact fp32 pass over the same rows (made again row by row from the same seed, never held in memory). With
/// <c>--real-only</c>, the recall of the real vectors alone.
/// </summary>
internal static class VectorsCommand
{
    public static int Run(Options options)
    {
        var rows = options.Int("rows", 1_000_000);
        var k = options.Int("k", 20);
        var rounds = options.Int("rounds", 5);
        var noise = double.Parse(options.Get("noise") ?? "0.08", CultureInfo.InvariantCulture);
        var folder = options.Get("dir") ?? Path.Combine(Path.GetTempPath(), "articlebot-bench", "vectors");
        var questionTexts = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).ToList() : RepoRoot.DevQuestions();

        using var encoder = new ArcticXsEncoder(new SemanticOptions().Threads, spin: false);
        var questions = encoder.EncodeQueries(questionTexts);
        var dimensions = encoder.Dimensions;
        var real = options.Get("base") is { } basePath ? new VectorCacheFile(basePath, dimensions).Read().Values.ToArray() : [];
        Console.WriteLine(real.Length > 0
            ? $"{questions.Length} questions; rows: {real.Length} real vectors, each row one of them plus uniform noise of ±{noise / 2} per element, renormalised"
            : $"{questions.Length} questions; rows: random unit vectors (no --base)");

        if (options.Flag("real-only"))
        {
            Recall("real vectors", QuantizedVectors.Quantize(dimensions, real), new Rows(real, real.Length, 0, dimensions), questions, k);
            return 0;
        }

        var source = new Rows(real, rows, noise, dimensions);
        var stopwatch = Stopwatch.StartNew();
        var path = Path.Combine(folder, "vectors.i8");
        Write(source, path, encoder.ModelId);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows} rows quantized and written in {stopwatch.Elapsed.TotalSeconds:F1} s; file {new FileInfo(path).Length / 1048576.0:F1} MB"));
        Console.WriteLine(Memory.Snapshot("before opening"));

        stopwatch.Restart();
        var store = QuantizedVectors.Open(path, encoder.ModelId, dimensions) ?? throw new InvalidOperationException("The store just written cannot be read.");
        Console.WriteLine($"opened in {stopwatch.Elapsed.TotalMilliseconds:F1} ms, memory-mapped: {store.IsMapped}");
        store.Nearest(questions[0], k);
        Console.WriteLine(Memory.Snapshot("after the first search"));

        var signs = new Percentiles($"signs, then int8 of {QuantizedVectors.DefaultCandidates}");
        var exact = new Percentiles("int8, every row");
        var cpu = new[] { TimeSpan.Zero, TimeSpan.Zero };
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                store.Nearest(question, k);
                var middle = Stopwatch.GetTimestamp();
                process.Refresh();
                var cpu1 = process.TotalProcessorTime;
                store.Nearest(question, k, signsFrom: int.MaxValue);
                var end = Stopwatch.GetTimestamp();
                process.Refresh();
                signs.Add(start, middle);
                exact.Add(middle, end);
                cpu[0] += cpu1 - cpu0;
                cpu[1] += process.TotalProcessorTime - cpu1;
            }
        }

        Console.WriteLine(Percentiles.Header);
        Console.WriteLine(signs.Row());
        Console.WriteLine(exact.Row());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU per search: signs then int8 {cpu[0].TotalMilliseconds / signs.Count:F2} ms, int8 every row {cpu[1].TotalMilliseconds / exact.Count:F2} ms"));
        Console.WriteLine(Memory.Snapshot("after the searches"));
        Recall($"{rows} rows", store, source, questions, k);
        return 0;
    }

    /// <summary>Quantizes and writes in a method of its own, so the in-memory rows are garbage once it returns (a
    /// temporary of the caller may be kept alive to its end) and the memory figures after it are the mapped store's.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Write(Rows source, string path, string modelId) =>
        QuantizedVectors.Quantize(source.Dimensions, source).Write(path, modelId);

    /// <summary>recall@k: the share of fp32's exact top k that the int8 search also returns in its top k.</summary>
    private static void Recall(string name, QuantizedVectors store, Rows rows, float[][] questions, int k)
    {
        var exact = questions.Select(_ => new TopRows(k)).ToArray();
        for (var row = 0; row < rows.Count; row++)
        {
            var vector = rows[row];
            for (var q = 0; q < questions.Length; q++)
            {
                exact[q].Offer(row, VectorMath.Dot(vector, questions[q]));
            }
        }

        foreach (var (label, candidates, signsFrom) in new[] { ("int8, every row", 0, int.MaxValue), ("signs then int8 of 1000", 1000, 0), ("signs then int8 of 4000", 4000, 0), ("signs then int8 of 16000", 16000, 0) })
        {
            var found = 0;
            var top1 = 0;
            for (var q = 0; q < questions.Length; q++)
            {
                var truth = TopRows.Merge([exact[q]], k).Select(hit => hit.Row).ToList();
                var nearest = store.Nearest(questions[q], k, candidates, signsFrom).Select(hit => hit.Row).ToList();
                found += nearest.Count(truth.Contains);
                top1 += nearest.Count > 0 && truth.Count > 0 && nearest[0] == truth[0] ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}, {label} vs fp32: recall@{k} {found / (double)(questions.Length * k):F4}, same top 1 {top1}/{questions.Length}"));
        }
    }

    /// <summary>Rows made on demand, the same each time from the row's number: a million fp32 rows (1.5 GB) are
    /// never held at once.</summary>
    private sealed class Rows(float[][] real, int count, double noise, int dimensions) : IReadOnlyList<float[]>
    {
        public int Count => count;

        public int Dimensions => dimensions;

        public float[] this[int row]
        {
            get
            {
                var random = new Random(20251203 + row);
                var vector = new float[dimensions];
                var length = 0f;
                for (var i = 0; i < dimensions; i++)
                {
                    var value = real.Length > 0
                        ? real[row % real.Length][i] + (noise == 0 ? 0 : (float)((random.NextDouble() - 0.5) * noise))
                        : (float)Gaussian(random);
                    vector[i] = value;
                    length += value * value;
                }

                length = MathF.Sqrt(length);
                for (var i = 0; i < dimensions; i++)
                {
                    vector[i] /= length;
                }

                return vector;
            }
        }

        public IEnumerator<float[]> GetEnumerator()
        {
            for (var row = 0; row < count; row++)
            {
                yield return this[row];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private static double Gaussian(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
