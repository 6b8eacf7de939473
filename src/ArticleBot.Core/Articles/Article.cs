namespace ArticleBot.Core.Articles;

/// <summary>An article as the bot understands it: its text, where it comes from, and who says what in it.</summary>
/// <param name="Id">Stable id: the file name without its extension.</param>
/// <param name="SourcePath">The file it was read from (never written).</param>
public sealed record Article(
    string Id,
    string SourcePath,
    ArticleMetadata Metadata,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Speaker> Speakers)
{
    public string DisplayTitle => Metadata.DisplayTitle(Id);
}
