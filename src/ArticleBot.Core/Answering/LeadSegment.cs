using System.Text.Json.Serialization;

namespace ArticleBot.Core.Answering;

/// <summary>One run of an answer's lead: words taken verbatim from a passage (or a fixed reply text around a
/// quotation), and the passages that say it, numbered from 1 as the reply's results are.</summary>
public sealed record LeadSegment(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("citations")] IReadOnlyList<int> Citations);
