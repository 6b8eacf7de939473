using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Semantic;

namespace ArticleBot.Benchmarks;

/// <summary>
/// The model's own cost of a question, by ONNX Runtime setting, interleaved question by question: the bot's
/// setting (no spinning), the same threads spinning, one thread; and the cost per question when the questions are
/// encoded in batches (as <c>ask --json</c> over standard input does); the same for the int8 copy of the model made at
/// load (<c>ArticleBot:Semantic:Quantized</c>), interleaved with fp32, and each model's load. With
/// <c>--agreement DIR</c>, how near the int8 copy's vectors come to fp32's instead (<see cref="EncoderAgreement"/>).
/// </summary>
internal static class EncodeCommand
{
    public static int Run(Options options)
    {
        var questions = options.Get("questions") is { } file ? File.ReadAllLines(file).Where(line => line.Length > 0).ToList() : RepoRoot.DevQuestions();
        var rounds = options.Int("rounds", 10);
        var threads = options.Int("threads", new SemanticOptions().Threads);
        var batchSize = options.Int("batch", 16);

        using var quiet = new ArcticXsEncoder(threads, spin: false);
        using var int8 = new ArcticXsEncoder(threads, spin: false, quantized: true);
        if (options.Get("agreement") is { } articles)
        {
            return EncoderAgreement.Run(quiet, int8, articles, options.Get("squad"), options.Get("fp32-cache"), options.Get("int8-cache"));
        }

        using var spinning = new ArcticXsEncoder(threads, spin: true);
        using var single = new ArcticXsEncoder(1, spin: false);
        using var int8Single = new ArcticXsEncoder(1, spin: false, quantized: true);
        (ArcticXsEncoder Encoder, Percentiles Series)[] singles =
        [
            (quiet, new Percentiles($"fp32, {threads} threads, no spin")),
            (int8, new Percentiles($"int8, {threads} thr., no spin (bot)")),
            (spinning, new Percentiles($"fp32, {threads} threads, spinning")),
            (single, new Percentiles("fp32, 1 thread, no spin")),
            (int8Single, new Percentiles("int8, 1 thread, no spin")),
        ];
        (ArcticXsEncoder Encoder, Percentiles Series)[] batched =
        [
            (quiet, new Percentiles($"fp32, batch of {batchSize} (per q.)")),
            (int8, new Percentiles($"int8, batch of {batchSize} (per q.)")),
        ];
        foreach (var (encoder, series) in singles)
        {
            var load = Stopwatch.StartNew();
            encoder.EncodeQuery("load");
            Console.WriteLine($"{series.Name}: model loaded in {load.ElapsedMilliseconds} ms");
        }

        foreach (var (encoder, _) in singles)
        {
            encoder.EncodeQueries(questions.Take(batchSize).ToList());
            foreach (var question in questions)
            {
                encoder.EncodeQuery(question);
            }
        }

        var byLength = questions.OrderBy(question => question.Length).ToList();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                foreach (var (encoder, series) in singles)
                {
                    var start = Stopwatch.GetTimestamp();
                    encoder.EncodeQuery(question);
                    series.Add(start, Stopwatch.GetTimestamp());
                }
            }

            foreach (var batch in byLength.Chunk(batchSize))
            {
                foreach (var (encoder, series) in batched)
                {
                    var start = Stopwatch.GetTimestamp();
                    encoder.EncodeQueries(batch);
                    var perQuestion = (Stopwatch.GetTimestamp() - start) / batch.Length;
                    for (var i = 0; i < batch.Length; i++)
                    {
                        series.Add(0, perQuestion);
                    }
                }
            }
        }

        Console.WriteLine(Percentiles.Header);
        foreach (var (_, series) in singles)
        {
            Console.WriteLine(series.Row());
        }

        foreach (var (_, series) in batched)
        {
            Console.WriteLine(series.Row());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{questions.Count} questions x {rounds} rounds; mean question {questions.Average(question => question.Length):F0} characters; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }
}
