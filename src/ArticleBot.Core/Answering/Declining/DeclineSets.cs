using System.Text.Json.Serialization;

namespace ArticleBot.Core.Answering.Declining;

/// <summary>The weights file's <c>declines</c>: the thresholds for answering from words alone and for words with the
/// embedding model, as the file holds a set of ranker weights for each.</summary>
public sealed record DeclineSets(
    [property: JsonPropertyName("lexical")] DeclineThresholds Lexical,
    [property: JsonPropertyName("hybrid")] DeclineThresholds Hybrid)
{
    public DeclineThresholds For(bool semantic) => semantic ? Hybrid : Lexical;
}
