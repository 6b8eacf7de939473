using ArticleBot.Core.Semantic;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The real model, counting the passages it is asked to encode.</summary>
internal sealed class CountingEncoder : ITextEncoder
{
    private int _passages;

    public int PassagesEncoded => Volatile.Read(ref _passages);

    public string ModelId => TestModel.Encoder.ModelId;

    public int Dimensions => TestModel.Encoder.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _passages, texts.Count);
        return TestModel.Encoder.EncodePassages(texts, cancellationToken);
    }

    public float[] EncodeQuery(string question, CancellationToken cancellationToken = default) => TestModel.Encoder.EncodeQuery(question, cancellationToken);
}
