namespace ArticleBot.Core.Analysis;

/// <summary>A person's sex as the article's own words show it (Mr./Mrs., he/she); never guessed from a name.</summary>
public enum Sex
{
    Male,
    Female,
}
