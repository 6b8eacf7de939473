namespace ArticleBot.Core.Analysis;

/// <summary>A double-quoted stretch of a paragraph: <see cref="Outer"/> includes the marks, <see cref="Inner"/> does not.</summary>
public readonly record struct QuotationSpan(Range Outer, Range Inner);
