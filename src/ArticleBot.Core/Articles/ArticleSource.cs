namespace ArticleBot.Core.Articles;

/// <summary>An article file read into metadata and paragraphs, before any analysis.</summary>
public sealed record ArticleSource(string Id, string Path, ArticleMetadata Metadata, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>What reading left out or changed (a malformed front-matter line, a refused URL, a split paragraph),
    /// each naming the file: the reader has no logger, so the index build logs them.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
