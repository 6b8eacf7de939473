namespace ArticleBot.Core.Commands;

/// <summary>What an administrator's command does to the articles (<see cref="Articles.IArticleLibrary"/>).</summary>
public enum AdminAction
{
    AddArticle,
    RemoveArticle,
}
