namespace ArticleBot.Core.Articles;

/// <summary>An article file read into metadata and paragraphs, before any analysis.</summary>
public sealed record ArticleSource(string Id, string Path, ArticleMetadata Metadata, IReadOnlyList<Paragraph> Paragraphs);
