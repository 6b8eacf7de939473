using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>A candidate passage with its evidence and final score, before it becomes an <see cref="AnswerPassage"/>.
/// <see cref="ParagraphText"/> is read only for the passages shown (a quotation's paragraph costs a lookup).</summary>
internal sealed record RankedPassage(
    ArticleInfo Article,
    int Paragraph,
    string? ParagraphText,
    string PassageText,
    PassageEvidence Evidence,
    double Score,
    QuoteRecord? Quote = null,
    double OrderedOverlap = 0)
{
    public AnswerType.Kind AnswerType { get; init; }

    /// <summary>True when the question wants a kind of answer (a quantity, a time, a person) and one of the
    /// passage's sentences holds something of that kind.</summary>
    public bool HasAnswerType { get; init; }

    /// <summary>How many concepts the question had.</summary>
    public int ConceptCount { get; init; }

    /// <summary>The score of how well it matches the question alone (<see cref="Ranking.PassageFeatures.Matching"/>),
    /// for paragraph answers; quotations have only <see cref="Score"/>.</summary>
    public double? MatchScore { get; init; }

    /// <summary>What the ranker scored (paragraph answers only).</summary>
    public Ranking.PassageFeatures Features { get; init; }

    /// <summary>The passage's cosine to the question, when ranked with the embedding model.</summary>
    public float? Cosine { get; init; }

    /// <summary>The cosine of the passage's sentence nearest the question, with sentence vectors.</summary>
    public float? SentenceCosine { get; init; }
}
