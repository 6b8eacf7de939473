using System.Collections.Concurrent;
using ArticleBot.Core.Semantic;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The real model, counting the passages it is asked to encode and the runs it makes for questions.</summary>
/// <param name="modelId">Another model's name, to see that vectors are never mixed across models.</param>
internal sealed class CountingEncoder(string? modelId = null) : ITextEncoder
{
    private readonly ConcurrentQueue<string> _texts = new();
    private int _passages;
    private int _queryRuns;
    private int _queries;

    public int PassagesEncoded => Volatile.Read(ref _passages);

    /// <summary>The passages' texts as the model read them, in the order encoded.</summary>
    public IReadOnlyList<string> PassageTexts => [.. _texts];

    /// <summary>Runs of the model for questions: one per <see cref="EncodeQuery"/>, one per batch.</summary>
    public int QueryRuns => Volatile.Read(ref _queryRuns);

    public int QueriesEncoded => Volatile.Read(ref _queries);

    public string ModelId => modelId ?? TestModel.Encoder.ModelId;

    public int Dimensions => TestModel.Encoder.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _passages, texts.Count);
        foreach (var text in texts)
        {
            _texts.Enqueue(text);
        }

        return TestModel.Encoder.EncodePassages(texts, cancellationToken);
    }

    public float[] EncodeQuery(string question, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _queryRuns);
        Interlocked.Increment(ref _queries);
        return TestModel.Encoder.EncodeQuery(question, cancellationToken);
    }

    public float[][] EncodeQueries(IReadOnlyList<string> questions, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _queryRuns);
        Interlocked.Add(ref _queries, questions.Count);
        return TestModel.Encoder.EncodeQueries(questions, cancellationToken);
    }
}
