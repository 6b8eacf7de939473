namespace ArticleBot.Core.Articles;

/// <summary>A person the article quotes or paraphrases, with the shorter names it also uses for them.</summary>
/// <param name="Name">The person's name without title or role ("Ann Lee").</param>
/// <param name="Aliases">Other names the article may use: the surname, title and surname ("Mayor Lee"), the role
/// ("the principal") when no one else holds it.</param>
/// <param name="Role">The title or role the article gives them ("principal", "Mayor"), or null when it gives none.</param>
public sealed record Speaker(string Name, IReadOnlyList<string> Aliases, string? Role = null)
{
    /// <summary>Their sex as the article's words show it (Mr./Mrs./Ms., he/she of them); null when they do not.</summary>
    public Analysis.Sex? Sex { get; init; }
}
