namespace ArticleBot.Core.Indexing;

/// <summary>A term produced by an analyzer, with its character offsets in the analyzed text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);
