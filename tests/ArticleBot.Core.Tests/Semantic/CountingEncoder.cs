using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The real model, counting the passages it is asked to encode.</summary>
internal sealed class CountingEncoder : ITextEncoder
{
    /// <summary>One model for the whole test run: loading it takes a while and it holds no state between calls.</summary>
    private static readonly Lazy<ArcticXsEncoder> Model = new(() => new ArcticXsEncoder(Options.Create(new SemanticOptions { Threads = 2 })));

    private int _passages;

    public static ITextEncoder Shared => Model.Value;

    public int PassagesEncoded => Volatile.Read(ref _passages);

    public string ModelId => Model.Value.ModelId;

    public int Dimensions => Model.Value.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _passages, texts.Count);
        return Model.Value.EncodePassages(texts, cancellationToken);
    }

    public float[] EncodeQuery(string question, CancellationToken cancellationToken = default) => Model.Value.EncodeQuery(question, cancellationToken);
}
