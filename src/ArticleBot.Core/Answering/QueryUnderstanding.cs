using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Turns the words of a question into <see cref="Concept"/>s: question words dropped, each remaining word stemmed,
/// corrected when the index does not know it (a dropped or swapped letter), and widened with related words.
/// </summary>
public sealed class QueryUnderstanding(SynonymMap synonyms)
{
    /// <summary>Longer questions are cut here: past this, more words only cost time.</summary>
    public const int MaxConcepts = 24;

    private const double CorrectionWeight = 0.9;
    private const double SynonymWeight = 0.7;

    public IReadOnlyList<Concept> Understand(string text, IndexGeneration generation)
    {
        var reader = generation.Terms;
        var documents = Math.Max(1, generation.Searcher.IndexReader.GetDocCount(IndexFields.Body));
        var tokens = TokenReader.Read(ArticleAnalyzers.Exact, Analysis.TextNormalizer.Fold(text), IndexFields.Exact)
            .Select(token => StripPossessive(token.Term))
            .Where(word => word.Length > 0)
            .ToList();

        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count && concepts.Count < MaxConcepts; i++)
        {
            // A phrase with its own rule ("put out", "graphics cards") is one concept meaning its related words,
            // even when its words are question filler on their own.
            if (i + 1 < tokens.Count && synonyms.HasPhrase(SynonymMap.Stem(tokens[i]), SynonymMap.Stem(tokens[i + 1])))
            {
                var phrase = $"{tokens[i]} {tokens[i + 1]}";
                if (seen.Add(phrase))
                {
                    concepts.Add(PhraseConcept(phrase, synonyms.Expand($"{SynonymMap.Stem(tokens[i])} {SynonymMap.Stem(tokens[i + 1])}"), reader, documents));
                }

                i++;
                continue;
            }

            var word = tokens[i];
            if (QuestionWords.Filler.Contains(word) || !seen.Add(word))
            {
                continue;
            }

            var stem = SynonymMap.Stem(word);
            var forms = new Dictionary<string, double> { [stem] = 1.0 };
            var exact = word;

            // Only a word the index does not know, and that no related word explains, is taken for a typo:
            // "cash" is not "case" when the synonym list knows cash means funding.
            var related = synonyms.Expand(stem);
            if (DocumentFrequency(reader, stem) == 0 && !generation.Vocabulary.Contains(word)
                && !related.Any(form => DocumentFrequency(reader, form) > 0)
                && (generation.Vocabulary.Correct(word, synonyms.Words) ?? generation.Vocabulary.CompleteTruncated(word)) is { } correction)
            {
                exact = correction;
                forms[SynonymMap.Stem(correction)] = CorrectionWeight;
            }

            foreach (var form in related.Concat(synonyms.Expand(SynonymMap.Stem(exact))))
            {
                forms.TryAdd(form, SynonymWeight);
            }

            // Rarity is the word's own (or its correction's); a word known only through related words takes the
            // rarest of those, so "cash" is as telling as "funding".
            var own = DocumentFrequency(reader, SynonymMap.Stem(exact));
            var relatedFrequencies = forms.Keys.Select(form => DocumentFrequency(reader, form)).Where(value => value > 0).ToList();
            var unknown = own == 0 && relatedFrequencies.Count == 0;
            var frequency = own > 0 ? own : relatedFrequencies.DefaultIfEmpty(0).Min();
            concepts.Add(new Concept(word, exact, forms) { Unknown = unknown, Idf = Idf(frequency, documents) });
        }

        return concepts;
    }

    private static Concept PhraseConcept(string phrase, IReadOnlyCollection<string> meanings, TermContextCache reader, int documents)
    {
        var forms = meanings.ToDictionary(form => form, _ => SynonymWeight);
        var frequencies = forms.Keys.Select(form => DocumentFrequency(reader, form)).Where(value => value > 0).ToList();
        return new Concept(phrase, phrase, forms)
        {
            Unknown = frequencies.Count == 0,
            Idf = Idf(frequencies.DefaultIfEmpty(0).Min(), documents),
        };
    }

    /// <summary>BM25's idf; a word found nowhere gets the idf of a word found once, so it still counts as missing.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + ((documents - Math.Max(documentFrequency, 1) + 0.5) / (Math.Max(documentFrequency, 1) + 0.5)));

    private static int DocumentFrequency(TermContextCache terms, string stem) => terms.DocumentFrequency(IndexFields.Body, stem);

    private static string StripPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
