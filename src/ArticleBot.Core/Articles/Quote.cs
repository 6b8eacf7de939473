namespace ArticleBot.Core.Articles;

/// <summary>A quotation found in a paragraph, or reported speech when <paramref name="IsParaphrase"/> is set.</summary>
/// <param name="Text">The quoted words without their quotation marks, exactly as in the article.</param>
/// <param name="Speaker">The full name of who said it, or null when the article does not say.</param>
/// <param name="Standalone">True when the quotation is the whole paragraph.</param>
/// <param name="ByOrganisation">True when <paramref name="Speaker"/> is an organisation speaking through a statement
/// ("the agency said in a statement"), not a person.</param>
public sealed record Quote(int Paragraph, string Text, string? Speaker, bool IsParaphrase = false, bool Standalone = false, bool ByOrganisation = false)
{
    /// <summary>The speaker's title or role as the article gives it ("principal", "Mayor"), or null.</summary>
    public string? Role { get; init; }
}
