using System.Text.Json.Serialization;
using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

/// <summary>One passage as the page draws it; <see cref="Highlights"/> are [start, length] ranges in <see cref="Snippet"/>.</summary>
public sealed record WebPassage(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("highlights")] IReadOnlyList<int[]> Highlights,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("quote")] string? Quote,
    [property: JsonPropertyName("isParaphrase")] bool IsParaphrase,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("publisher")] string? Publisher)
{
    /// <summary>Who said it with their role or "(organisation)", as <see cref="AnswerPassage.SpeakerLabel"/> words it.</summary>
    [JsonPropertyName("speakerLabel")]
    public string? SpeakerLabel { get; init; }

    public static WebPassage From(AnswerPassage passage) => new(
        passage.ArticleId,
        passage.Title,
        passage.Paragraph,
        passage.Text,
        passage.Snippet,
        passage.Highlights
            .Where(range => range.Start >= 0 && range.Length > 0 && range.End <= passage.Snippet.Length)
            .Select(range => new[] { range.Start, range.Length })
            .ToList(),
        passage.Speaker,
        passage.Quote,
        passage.IsParaphrase,
        passage.Url,
        passage.Publisher)
    {
        SpeakerLabel = passage.SpeakerLabel,
    };
}
