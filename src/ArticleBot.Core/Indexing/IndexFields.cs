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

    /// <summary>On the article document, one value per speaker whose sex the text shows: the sex, a tab, the name.</summary>
    public const string SpeakerSexes = "speaker_sexes";
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

    public static string SpeakerSex(string name, Analysis.Sex sex) => $"{sex}\t{name}";

    /// <summary>Each speaker's sex as <see cref="SpeakerSex"/> stored it; a value this code did not write is skipped.</summary>
    public static Dictionary<string, Analysis.Sex> ReadSpeakerSexes(IEnumerable<string> values)
    {
        var sexes = new Dictionary<string, Analysis.Sex>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var tab = value.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && Enum.TryParse<Analysis.Sex>(value[..tab], out var sex) && Enum.IsDefined(sex))
            {
                sexes[value[(tab + 1)..]] = sex;
            }
        }

        return sexes;
    }
}
