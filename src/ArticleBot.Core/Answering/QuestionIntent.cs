namespace ArticleBot.Core.Answering;

/// <summary>What the person wants from a question.</summary>
public enum QuestionIntent
{
    /// <summary>A question about the article's content.</summary>
    Ask,
    /// <summary>Find a quotation by the words someone remembers.</summary>
    Quote,
    /// <summary>"Who said …?": find the quotation or claim and its speaker.</summary>
    Who,
    /// <summary>List the articles, or show one paragraph of one article.</summary>
    Source,
    /// <summary>What the bot can do.</summary>
    Help,
}
