namespace ArticleBot.Core.Answering;

/// <summary>One passage of an answer, with everything a front end needs to cite it.</summary>
/// <param name="ArticleId">Stable id of the article (its file name without extension).</param>
/// <param name="Title">The article's title, or its publisher when the title is unknown; never empty.</param>
/// <param name="Paragraph">1-based paragraph number, as cited (¶N).</param>
/// <param name="Text">The whole paragraph, exactly as in the article.</param>
/// <param name="Snippet">The best sentence or two of the paragraph.</param>
/// <param name="Highlights">Words of <paramref name="Snippet"/> that matched the question.</param>
/// <param name="Speaker">Who said <paramref name="Quote"/>, when the passage is a quotation or a paraphrase.</param>
/// <param name="Quote">The quotation's text without its quotation marks, when the passage is one.</param>
/// <param name="Score">Relevance, higher is better; comparable only within one reply.</param>
/// <param name="Url">The article's source link, when known.</param>
public sealed record AnswerPassage(
    string ArticleId,
    string Title,
    int Paragraph,
    string Text,
    string Snippet,
    IReadOnlyList<TextRange> Highlights,
    string? Speaker,
    string? Quote,
    double Score,
    string? Url)
{
    /// <summary>True when <see cref="Quote"/> is reported speech, not a direct quotation.</summary>
    public bool IsParaphrase { get; init; }

    /// <summary>True when <see cref="Speaker"/> is an organisation speaking through a statement, not a person.</summary>
    public bool SpeakerIsOrganisation { get; init; }

    /// <summary>The article's publisher, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The speaker's title or role as the article gives it ("principal", "Mayor"), kept apart from
    /// <see cref="Speaker"/>, which is the name alone.</summary>
    public string? Role { get; init; }

    /// <summary>Who said it, as every front end shows it: "Ann Lee (principal)", "Carrow Valley Water Agency
    /// (organisation)", or the name alone; null when the passage has no speaker. One wording for all front ends, so a
    /// reader sees the same attribution on Discord, Slack, the web and the command line.</summary>
    public string? SpeakerLabel =>
        Speaker is not { Length: > 0 } speaker ? null
        : SpeakerIsOrganisation ? $"{speaker} (organisation)"
        : Role is { Length: > 0 } role ? $"{speaker} ({role})"
        : speaker;
}
