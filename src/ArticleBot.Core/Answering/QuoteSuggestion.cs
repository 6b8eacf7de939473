namespace ArticleBot.Core.Answering;

/// <summary>A quotation offered while someone types, for autocomplete.</summary>
public sealed record QuoteSuggestion(string ArticleId, int Paragraph, string Quote, string? Speaker);
