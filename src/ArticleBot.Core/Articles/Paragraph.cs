namespace ArticleBot.Core.Articles;

/// <summary>A paragraph as written in the article, numbered from 1 in file order; the number is what citations show.</summary>
public sealed record Paragraph(int Number, string Text);
