namespace ArticleBot.Core.Answering.Ranking;

/// <summary>One paragraph candidate of a question, with what the decision to answer depends on.</summary>
/// <param name="Covers">Whether it covers enough of the question's words to answer on them.</param>
/// <param name="HasAnswerType">Whether one of its sentences holds something of the kind of answer asked for.</param>
internal sealed record FitCandidate(string ArticleId, int Paragraph, PassageFeatures Features, float? Cosine, bool Covers, bool HasAnswerType, float? SentenceCosine = null);

/// <param name="WantsMeasure">The question asks for a time or a quantity, which only a passage holding one answers.</param>
/// <param name="Kind">The question word it turns on ("how many", "when"…), for the fit's breakdown.</param>
/// <param name="AnswerKind">The kind of answer it wants (<see cref="AnswerType.Kind"/>).</param>
internal sealed record FitQuestion(bool WantsMeasure, IReadOnlyList<FitCandidate> Candidates, string Kind = "", AnswerType.Kind AnswerKind = AnswerType.Kind.Any);
