using ArticleBot.Core.Indexing;
using Lucene.Net.Index;

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
        var reader = generation.Searcher.IndexReader;
        var documents = Math.Max(1, reader.GetDocCount(IndexFields.Body));
        var words = TokenReader.Read(ArticleAnalyzers.Exact, Analysis.TextNormalizer.Fold(text), IndexFields.Exact)
            .Select(token => StripPossessive(token.Term))
            .Where(word => word.Length > 0 && !QuestionWords.Filler.Contains(word))
            .Distinct()
            .Take(MaxConcepts)
            .ToList();

        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var stem = SynonymMap.Stem(word);
            var forms = new Dictionary<string, double> { [stem] = 1.0 };
            var exact = word;

            // Only a word the index does not know, and that no related word explains, is taken for a typo:
            // "cash" is not "case" when the synonym list knows cash means funding.
            var related = synonyms.Expand(stem);
            if (DocumentFrequency(reader, stem) == 0 && !generation.Vocabulary.Contains(word)
                && !related.Any(form => DocumentFrequency(reader, form) > 0)
                && (generation.Vocabulary.Correct(word) ?? generation.Vocabulary.CompleteTruncated(word)) is { } correction)
            {
                exact = correction;
                forms[SynonymMap.Stem(correction)] = CorrectionWeight;
            }

            foreach (var form in related.Concat(synonyms.Expand(SynonymMap.Stem(exact))))
            {
                forms.TryAdd(form, SynonymWeight);
            }

            // A two-word phrase with its own rule ("graphics cards") widens the second word's concept.
            if (i > 0 && synonyms.HasPhrase(SynonymMap.Stem(words[i - 1]), stem))
            {
                foreach (var form in synonyms.Expand($"{SynonymMap.Stem(words[i - 1])} {stem}"))
                {
                    forms.TryAdd(form, SynonymWeight);
                }
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

    /// <summary>BM25's idf; a word found nowhere gets the idf of a word found once, so it still counts as missing.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + ((documents - Math.Max(documentFrequency, 1) + 0.5) / (Math.Max(documentFrequency, 1) + 0.5)));

    private static int DocumentFrequency(IndexReader reader, string stem) => reader.DocFreq(new Term(IndexFields.Body, stem));

    private static string StripPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
