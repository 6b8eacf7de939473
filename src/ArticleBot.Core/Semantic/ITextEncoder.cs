namespace ArticleBot.Core.Semantic;

/// <summary>
/// Turns text into unit-length vectors whose dot product says how close two texts are in meaning. Questions and
/// passages are encoded apart because retrieval models are trained with a prefix on one side only.
/// </summary>
public interface ITextEncoder
{
    /// <summary>Names the model (and its version) in the vector cache: vectors of another model are never mixed in.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    float[] EncodeQuery(string question, CancellationToken cancellationToken = default);

    /// <summary>Several questions at once, in order: a model that runs them as one batch costs less per question
    /// than one run each (a batch of <c>ask --json</c> lines).</summary>
    float[][] EncodeQueries(IReadOnlyList<string> questions, CancellationToken cancellationToken = default) =>
        [.. questions.Select(question => EncodeQuery(question, cancellationToken))];
}
