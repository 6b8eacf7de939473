namespace ArticleBot.Core.Articles;

/// <summary>A person the article quotes or paraphrases, with the shorter names it also uses for them.</summary>
public sealed record Speaker(string Name, IReadOnlyList<string> Aliases);
