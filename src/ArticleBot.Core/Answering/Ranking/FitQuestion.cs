namespace ArticleBot.Core.Answering.Ranking;

/// <param name="WantsMeasure">The question asks for a time or a quantity, which only a passage holding one answers.</param>
/// <param name="Kind">The question word it turns on ("how many", "when"…), for the fit's breakdown.</param>
/// <param name="AnswerKind">The kind of answer it wants (<see cref="AnswerType.Kind"/>).</param>
/// <param name="Concepts">How many concepts the question has (the decide stage's thin-evidence rule).</param>
internal sealed record FitQuestion(bool WantsMeasure, IReadOnlyList<FitCandidate> Candidates, string Kind = "", AnswerType.Kind AnswerKind = AnswerType.Kind.Any, int Concepts = 0);
