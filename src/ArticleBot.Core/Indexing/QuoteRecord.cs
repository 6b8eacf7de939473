namespace ArticleBot.Core.Indexing;

/// <summary>A quotation as stored in the index.</summary>
public sealed record QuoteRecord(string ArticleId, int Paragraph, string Text, string? Speaker, bool IsParaphrase, bool Standalone, bool ByOrganisation = false);
