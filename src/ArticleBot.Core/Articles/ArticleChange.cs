namespace ArticleBot.Core.Articles;

/// <summary>What an add or remove from a chat did: the one line to show, and the article's id when it worked.</summary>
public sealed record ArticleChange(bool Succeeded, string Message, string? ArticleId = null);
