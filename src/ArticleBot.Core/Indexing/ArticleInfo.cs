using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>What the index knows about one article as a whole.</summary>
public sealed record ArticleInfo(string Id, ArticleMetadata Metadata, int ParagraphCount, IReadOnlyList<string> Speakers, string Source)
{
    public string DisplayTitle => Metadata.DisplayTitle(Id);

    /// <summary>The sex the article's words show for some of its speakers (<see cref="Articles.Speaker.Sex"/>).</summary>
    public IReadOnlyDictionary<string, Analysis.Sex> SpeakerSexes { get; init; } = new Dictionary<string, Analysis.Sex>();
}
