using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>A candidate passage with its evidence and final score, before it becomes an <see cref="AnswerPassage"/>.</summary>
internal sealed record RankedPassage(
    ArticleInfo Article,
    int Paragraph,
    string ParagraphText,
    string PassageText,
    PassageEvidence Evidence,
    double Score,
    QuoteRecord? Quote = null,
    double OrderedOverlap = 0);
