using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>What the index knows about one article as a whole.</summary>
public sealed record ArticleInfo(string Id, ArticleMetadata Metadata, int ParagraphCount, IReadOnlyList<string> Speakers, string Source)
{
    public string DisplayTitle => Metadata.DisplayTitle(Id);
}
