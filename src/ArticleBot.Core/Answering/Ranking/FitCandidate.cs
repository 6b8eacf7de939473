using ArticleBot.Core.Answering.Declining;

namespace ArticleBot.Core.Answering.Ranking;

/// <summary>One paragraph candidate of a question, with what the decision to answer depends on.</summary>
/// <param name="HasAnswerType">Whether one of its sentences holds something of the kind of answer asked for.</param>
/// <param name="MatchedConcepts">How many of the question's concepts it holds at all.</param>
internal sealed record FitCandidate(string ArticleId, int Paragraph, PassageFeatures Features, float? Cosine, bool HasAnswerType, float? SentenceCosine = null, int MatchedConcepts = 0)
{
    /// <summary>What the decide stage sees of it, as the answerer builds it from the same passage.</summary>
    /// <param name="concepts">How many concepts the question has.</param>
    public AnswerEvidence Evidence(int concepts) => new(Features.Coverage, MatchedConcepts, concepts, HasAnswerType, Cosine, SentenceCosine);
}
