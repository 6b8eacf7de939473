namespace ArticleBot.Core.Answering;

/// <summary>A question after the command and the question words that only say what kind of question it is.</summary>
/// <param name="Original">The cleaned question as asked, for the reply.</param>
/// <param name="Search">The words to look for.</param>
/// <param name="SourceArticle">For source requests: the article asked about, as typed.</param>
/// <param name="SourceParagraph">For source requests: the paragraph number asked for.</param>
public sealed record ParsedQuestion(string Original, QuestionIntent Intent, string Search, string? SourceArticle = null, int? SourceParagraph = null);
