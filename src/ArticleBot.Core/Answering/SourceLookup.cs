using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>Answers source requests: the list of articles, one article's origin, or one paragraph in full.</summary>
internal static class SourceLookup
{
    /// <param name="scope">A channel's articles: the others are neither listed nor shown, as its answers never cite them.</param>
    public static ChatReply Answer(ParsedQuestion question, IndexGeneration generation, ArticleScope? scope = null)
    {
        var articles = generation.Articles.Values.Where(article => scope?.Allows(article.Id) ?? true)
            .OrderBy(article => article.Id, StringComparer.Ordinal).ToList();
        if (articles.Count == 0)
        {
            return new ChatReply(question.Original, false, QuestionIntent.Source, [], ReplyTexts.NoArticles);
        }

        var article = question.SourceArticle is null
            ? (articles.Count == 1 && question.SourceParagraph is not null ? articles[0] : null)
            : Find(articles, question.SourceArticle);

        if (article is null && (question.SourceArticle is not null || question.SourceParagraph is not null))
        {
            var known = string.Join(", ", articles.Select(candidate => candidate.Id));
            return new ChatReply(question.Original, false, QuestionIntent.Source, [],
                $"I don't know that article. The articles are: {known}.");
        }

        if (article is null)
        {
            var listing = articles.Select(candidate => Lead(candidate, generation)).ToList();
            return new ChatReply(question.Original, true, QuestionIntent.Source, listing, $"I answer from {Count(articles.Count)}:");
        }

        if (question.SourceParagraph is not { } number)
        {
            return new ChatReply(question.Original, true, QuestionIntent.Source, [Lead(article, generation)], Describe(article));
        }

        var text = number >= 1 && number <= article.ParagraphCount ? generation.ParagraphText(article.Id, number) : null;
        if (text is null)
        {
            return new ChatReply(question.Original, false, QuestionIntent.Source, [],
                $"{article.DisplayTitle} has paragraphs 1 to {article.ParagraphCount}.");
        }

        var quote = generation.QuotesByParagraph[(article.Id, number)].FirstOrDefault(candidate => candidate.Standalone);
        return new ChatReply(question.Original, true, QuestionIntent.Source, [PassageFactory.Whole(article, number, text, quote)], Describe(article));
    }

    /// <summary>The article's origin in one line, saying only what is known.</summary>
    public static string Describe(ArticleInfo article)
    {
        var metadata = article.Metadata;
        var parts = new List<string>();
        if (metadata.Title is not null)
        {
            parts.Add(metadata.Title);
        }

        if (metadata.Author is not null)
        {
            parts.Add($"by {metadata.Author}");
        }

        if (metadata.Publisher is not null)
        {
            parts.Add(metadata.Publisher);
        }

        if (metadata.Published is not null)
        {
            parts.Add(metadata.Published);
        }

        if (metadata.Url is not null)
        {
            parts.Add(metadata.Url);
        }

        var line = parts.Count == 0 ? $"Article {article.Id}." : string.Join(", ", parts) + ".";
        foreach (var (key, value) in metadata.Extra.Where(pair => pair.Key is "interview" or "translation" or "based_on"))
        {
            line += $" {char.ToUpperInvariant(key[0])}{key[1..].Replace('_', ' ')}: {value}.";
        }

        return line;
    }

    private static AnswerPassage Lead(ArticleInfo article, IndexGeneration generation)
    {
        var first = generation.ParagraphText(article.Id, 1) ?? "";
        var sentences = Analysis.SentenceSplitter.SplitText(first);
        return PassageFactory.Whole(article, 0, first, null, sentences.Count > 0 ? sentences[0] : first);
    }

    private static ArticleInfo? Find(IReadOnlyList<ArticleInfo> articles, string wanted)
    {
        var key = wanted.Trim().ToLowerInvariant();
        return articles.FirstOrDefault(article => article.Id == key)
            ?? articles.FirstOrDefault(article => article.Id.StartsWith(key, StringComparison.Ordinal))
            ?? articles.FirstOrDefault(article => key.Length >= 3 && article.Id.Contains(key, StringComparison.Ordinal))
            ?? articles.FirstOrDefault(article => key.Length >= 3 && article.DisplayTitle.Contains(key, StringComparison.OrdinalIgnoreCase));
    }

    private static string Count(int articles) => articles == 1 ? "1 article" : $"{articles} articles";
}
