namespace ArticleBot.Core.Semantic;

/// <summary>What the model reads for a paragraph besides the paragraph's own words (<see cref="PassageText"/>), in
/// this order before it; any combination ("Title, Speaker" in settings). Sentences are always encoded alone.</summary>
[Flags]
public enum PassageContext
{
    /// <summary>The paragraph alone.</summary>
    None = 0,

    /// <summary>The article's title before every paragraph ("Kenya: Its capital is…").</summary>
    Title = 1,

    /// <summary>The speaker's name before a paragraph that is one quotation ("Liang Wenfeng: “We never…”").</summary>
    Speaker = 2,

    /// <summary>The previous paragraph's last sentence before a paragraph that names no subject of its own.</summary>
    Previous = 4,
}
