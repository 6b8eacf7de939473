using System.Text.Json.Serialization;

namespace ArticleBot.Core.Answering;

/// <summary>
/// What a reply says first: the sentence(s) that answer, each with numbered citations of the passages below it. Every
/// word comes from a passage or from <see cref="ReplyTexts"/>; nothing is generated.
/// </summary>
public sealed record AnswerLead([property: JsonPropertyName("segments")] IReadOnlyList<LeadSegment> Segments)
{
    /// <summary>The lead as plain text with its citations: "Liang Wenfeng said it: “…” [1]".</summary>
    [JsonPropertyName("text")]
    public string Text => string.Join(" ", Segments.Select(segment =>
        segment.Text + string.Concat(segment.Citations.Select(n => $" [{n}]"))));
}
