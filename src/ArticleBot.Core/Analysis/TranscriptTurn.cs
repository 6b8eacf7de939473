namespace ArticleBot.Core.Analysis;

/// <summary>A labelled turn of a transcript: where its words start after the label, the label as written ("Q",
/// "Interviewer", "Solberg", "HOST"), and the full name a broadcast transcript gives after a role label the first
/// time a person speaks ("HOST (Odile Marchetti):"), or null.</summary>
internal readonly record struct TranscriptTurn(int TextStart, string Label, string? Name = null);
