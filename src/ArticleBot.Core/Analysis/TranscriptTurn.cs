namespace ArticleBot.Core.Analysis;

/// <summary>A labelled turn of a transcript: where its words start after the label, and the label as written
/// ("Q", "Interviewer", "Solberg").</summary>
internal readonly record struct TranscriptTurn(int TextStart, string Label);
