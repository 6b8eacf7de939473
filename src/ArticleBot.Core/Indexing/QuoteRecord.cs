namespace ArticleBot.Core.Indexing;

/// <summary>A quotation as stored in the index.</summary>
public sealed record QuoteRecord(string ArticleId, int Paragraph, string Text, string? Speaker, bool IsParaphrase, bool Standalone, bool ByOrganisation = false)
{
    /// <summary>The speaker's title or role as the article gives it, or null.</summary>
    public string? Role { get; init; }
}
