namespace ArticleBot.Core.Indexing;

/// <summary>Field names and document kinds, shared by the writer and every searcher.</summary>
public static class IndexFields
{
    /// <summary>Unique key: "article", "article#3" or "article#3#q2"; re-indexing replaces by it.</summary>
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Article = "article";
    public const string Paragraph = "paragraph";

    /// <summary>The paragraph (or quotation) exactly as written; stored, not searched.</summary>
    public const string Text = "text";

    /// <summary>Folded text, English-stemmed without stop words: recall for questions.</summary>
    public const string Body = "body";

    /// <summary>Folded text, lower-cased, unstemmed, every word kept: quotes, names and phrases.</summary>
    public const string Exact = "exact";

    /// <summary>A quotation's words, stemmed and exact; separate from the paragraph fields so that a quotation
    /// does not count twice in the paragraph statistics BM25 and rarity are computed from.</summary>
    public const string QuoteBody = "quote_body";
    public const string QuoteExact = "quote_exact";

    public const string Speaker = "speaker";
    public const string Speakers = "speakers";
    public const string Paraphrase = "paraphrase";
    public const string Standalone = "standalone";

    /// <summary>1 when a quotation's speaker is an organisation (a statement); absent in indexes built before it.</summary>
    public const string Organisation = "organisation";

    /// <summary>A quotation's speaker's title or role ("principal"), when the article gives one.</summary>
    public const string Role = "role";

    public const string Title = "title";
    public const string Author = "author";
    public const string Publisher = "publisher";
    public const string Url = "url";
    public const string Published = "published";
    public const string Language = "language";
    public const string Extra = "extra";
    public const string ParagraphCount = "paragraphs";
    public const string Source = "source";

    public static class Kinds
    {
        public const string Article = "article";
        public const string Paragraph = "paragraph";
        public const string Quote = "quote";
    }

    public static string ParagraphId(string articleId, int paragraph) => $"{articleId}#{paragraph}";
}
