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

    /// <summary>The longest value kept, in characters. Every reply cites the title and publisher, so a field as long as
    /// an article would make every answer as long as one too; no real title, name or URL comes near it.</summary>
    public const int MaxValueLength = 1000;

    /// <summary>The title to cite: the title, else the publisher, else the article id.</summary>
    public string DisplayTitle(string articleId) =>
        !string.IsNullOrWhiteSpace(Title) ? Title : !string.IsNullOrWhiteSpace(Publisher) ? Publisher : articleId;

    /// <summary>Metadata from front-matter fields. A <c>url</c> that is not an absolute http(s) URL is left out
    /// (<see cref="WebUrl"/>), with a warning naming <paramref name="file"/> added to <paramref name="warnings"/>.</summary>
    public static ArticleMetadata FromFields(IReadOnlyDictionary<string, string> fields, string? file = null, ICollection<string>? warnings = null)
    {
        string? Take(string key) => fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        string[] known = ["title", "author", "publisher", "url", "published", "language"];
        return new ArticleMetadata
        {
            Title = Take("title"),
            Author = Take("author"),
            Publisher = Take("publisher"),
            Url = AcceptUrl(Take("url"), file, warnings),
            Published = Take("published"),
            Language = Take("language"),
            Extra = fields
                .Where(pair => !known.Contains(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value))
                .ToDictionary(pair => pair.Key, pair => pair.Value.Trim()),
        };
    }

    /// <summary>This metadata without values longer than <see cref="MaxValueLength"/>, each left out with a warning
    /// naming <paramref name="file"/> and the field.</summary>
    public ArticleMetadata Bounded(string file, ICollection<string> warnings)
    {
        string? Bound(string field, string? value)
        {
            if (value is null || value.Length <= MaxValueLength)
            {
                return value;
            }

            warnings.Add($"The {field} of {file} is {value.Length:N0} characters, more than {MaxValueLength:N0}; it is left out.");
            return null;
        }

        var extra = Extra.Select(pair => (pair.Key, Value: Bound(pair.Key, pair.Value))).Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!);
        return this with
        {
            Title = Bound("title", Title),
            Author = Bound("author", Author),
            Publisher = Bound("publisher", Publisher),
            Url = Bound("url", Url),
            Published = Bound("published", Published),
            Language = Bound("language", Language),
            Extra = extra.Count == Extra.Count ? Extra : extra,
        };
    }

    private static string? AcceptUrl(string? value, string? file, ICollection<string>? warnings)
    {
        var accepted = WebUrl.Accept(value);
        if (accepted is null && value is not null)
        {
            warnings?.Add(WebUrl.Refused(file ?? "the article's metadata", value));
        }

        return accepted;
    }
}
