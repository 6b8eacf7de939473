namespace ArticleBot.Core.Articles;

/// <summary>
/// What is known about where an article comes from. Unknown fields stay null: a reply says less rather than
/// showing a guess.
/// </summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Language { get; init; }

    /// <summary>Any other front-matter fields (for example <c>interview</c> or <c>translation</c>), kept as written.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public static ArticleMetadata Empty { get; } = new();

    /// <summary>The title to cite: the title, else the publisher, else the article id.</summary>
    public string DisplayTitle(string articleId) =>
        !string.IsNullOrWhiteSpace(Title) ? Title : !string.IsNullOrWhiteSpace(Publisher) ? Publisher : articleId;

    public static ArticleMetadata FromFields(IReadOnlyDictionary<string, string> fields)
    {
        string? Take(string key) => fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        string[] known = ["title", "author", "publisher", "url", "published", "language"];
        return new ArticleMetadata
        {
            Title = Take("title"),
            Author = Take("author"),
            Publisher = Take("publisher"),
            Url = Take("url"),
            Published = Take("published"),
            Language = Take("language"),
            Extra = fields
                .Where(pair => !known.Contains(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value))
                .ToDictionary(pair => pair.Key, pair => pair.Value.Trim()),
        };
    }
}
