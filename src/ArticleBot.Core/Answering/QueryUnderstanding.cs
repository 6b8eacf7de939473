using ArticleBot.Core.Language;
using ArticleBot.Core.Caching;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Turns the words of a question into <see cref="Concept"/>s: question words dropped, each remaining word stemmed,
/// corrected when the index does not know it (a dropped or swapped letter), and widened with related words.
/// </summary>
public sealed partial class QueryUnderstanding(SynonymMap synonyms)
{
    /// <summary>Longer questions are cut here: past this, more words only cost time.</summary>
    public const int MaxConcepts = 24;

    private const double CorrectionWeight = 0.9;
    private const double SynonymWeight = 0.7;
    private const double FamilyWeight = 0.8;

    /// <summary>Long words only: a short word's first letters say little about its meaning.</summary>
    private const int FamilyWordLength = 7;
    private const int MaxFamily = 6;

    // What a word means depends only on the word and the index generation, and people reuse a small vocabulary:
    // each word is understood once per generation (a retired generation's entries go with it).
    private readonly ConditionalWeakTable<IndexGeneration, BoundedCache<string, Concept>> _concepts = new();

    /// <summary>Concepts kept per generation; past this a word is understood afresh each time.</summary>
    private const int MaxCachedConcepts = 50_000;

    public IReadOnlyList<Concept> Understand(string text, IndexGeneration generation)
    {
        var cache = _concepts.GetValue(generation, static _ => new BoundedCache<string, Concept>(MaxCachedConcepts, StringComparer.Ordinal));
        var tokens = TokenReader.Read(ArticleAnalyzers.Exact, Analysis.TextNormalizer.Fold(text), IndexFields.Exact)
            .Select(token => StripPossessive(token.Term))
            .Where(word => word.Length > 0)
            .ToList();

        var writesUs = text.Any(char.IsLower) && CountryAbbreviation().IsMatch(text);
        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count && concepts.Count < MaxConcepts; i++)
        {
            // A phrase with its own rule ("put out", "graphics cards") is one concept meaning its related words,
            // even when its words are question filler on their own.
            if (i + 1 < tokens.Count && synonyms.HasPhrase(SynonymMap.Stem(tokens[i]), SynonymMap.Stem(tokens[i + 1])))
            {
                AddPhrase(tokens[i], tokens[i + 1]);
                i++;
                continue;
            }

            // A phrasal verb split by its object ("holding deepseek back", "put it out") is the same phrase.
            if (SplitParticle(tokens, i) is var particle and > 0)
            {
                AddPhrase(tokens[i], tokens[particle]);
                tokens.RemoveAt(particle);
                continue;
            }

            var word = tokens[i];
            // "us" is a pronoun (filler) unless it names the country: "the us", or "US" as written.
            if (word == "us" && ((i > 0 && tokens[i - 1] == "the") || writesUs) && synonyms.HasPhrase(UnitedStates.First, UnitedStates.Second))
            {
                AddPhrase("united", "states");
                continue;
            }

            // "my boss keeps saying…": what follows "my" is the asker's own life, not the article's subject.
            if (QuestionWords.Filler.Contains(word) || (i > 0 && tokens[i - 1] == "my") || !seen.Add(word))
            {
                continue;
            }

            concepts.Add(cache.TryGet(word, out var concept) ? concept : cache.Add(word, WordConcept(word, generation)));
        }

        return concepts;

        // A phrase is one concept, understood once per generation like a word.
        void AddPhrase(string first, string second)
        {
            var phrase = $"{first} {second}";
            if (seen.Add(phrase))
            {
                concepts.Add(cache.TryGet(phrase, out var known) ? known : cache.Add(phrase, PhraseConcept(phrase, first, second, generation)));
            }
        }
    }

    /// <summary>What one question word means in this index; the same for every question, so made once.</summary>
    private Concept WordConcept(string word, IndexGeneration generation)
    {
        var reader = generation.Terms;
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

        foreach (var relative in WordFamily(exact, generation.Vocabulary).Concat(Negations(exact, generation.Vocabulary)))
        {
            forms.TryAdd(SynonymMap.Stem(relative), FamilyWeight);
        }

        // Rarity is the word's own (or its correction's); a word known only through related words takes the
        // rarest of those, so "cash" is as telling as "funding".
        var own = DocumentFrequency(reader, SynonymMap.Stem(exact));
        var relatedFrequencies = forms.Keys.Select(form => DocumentFrequency(reader, form)).Where(value => value > 0).ToList();
        var unknown = own == 0 && relatedFrequencies.Count == 0;
        var frequency = own > 0 ? own : relatedFrequencies.DefaultIfEmpty(0).Min();
        return new Concept(word, exact, forms) { Unknown = unknown, Idf = Idf(frequency, Documents(generation)) };
    }

    private static int Documents(IndexGeneration generation) => Math.Max(1, generation.Searcher.IndexReader.GetDocCount(IndexFields.Body));

    private Concept PhraseConcept(string phrase, string first, string second, IndexGeneration generation)
    {
        var reader = generation.Terms;
        var stems = (First: SynonymMap.Stem(first), Second: SynonymMap.Stem(second));
        var forms = synonyms.Expand($"{stems.First} {stems.Second}").ToDictionary(form => form, _ => SynonymWeight);
        var frequencies = forms.Keys.Select(form => DocumentFrequency(reader, form)).Where(value => value > 0).ToList();
        var documents = Documents(generation);
        // Only a phrase whose words both stand in the index can be found as written ("to" in "lead to" does not).
        var literal = DocumentFrequency(reader, stems.First) > 0 && DocumentFrequency(reader, stems.Second) > 0;
        return new Concept(phrase, phrase, forms)
        {
            PhraseStems = literal ? stems : null,
            Unknown = frequencies.Count == 0,
            Idf = Idf(frequencies.DefaultIfEmpty(0).Min(), documents),
        };
    }

    /// <summary>The article's words of the same family as a long question word, found by their first letters,
    /// which the stemmer keeps apart: "organize" finds "organizational", "compete" finds "competitors".</summary>
    private static IReadOnlyList<string> WordFamily(string word, Vocabulary vocabulary) =>
        word.Length < FamilyWordLength ? [] : vocabulary.StartingWith(word[..Math.Min(word.Length - 1, 8)], MaxFamily);

    /// <summary>The article's word for the same idea negated or not: "not practical" finds "impractical", "unfair"
    /// finds "fair". Whether the question says "not" is for the reader to weigh; the passage is the one about it.</summary>
    private static IEnumerable<string> Negations(string word, Vocabulary vocabulary)
    {
        if (word.Length < NegatedWordLength)
        {
            yield break;
        }

        foreach (var prefix in NegatingPrefixes)
        {
            if (vocabulary.Contains(prefix + word))
            {
                yield return prefix + word;
            }

            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= NegatedWordLength && vocabulary.Contains(word[prefix.Length..]))
            {
                yield return word[prefix.Length..];
            }
        }
    }

    // Shorter words have too many false friends: "come" and "income", "side" and "inside", "cover" and "discover".
    private const int NegatedWordLength = 6;

    private static readonly IReadOnlySet<string> NegatingPrefixes = WordList.Load("negating-prefixes");

    /// <summary>BM25's idf; a word found nowhere gets the idf of a word found once, so it still counts as missing.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + ((documents - Math.Max(documentFrequency, 1) + 0.5) / (Math.Max(documentFrequency, 1) + 0.5)));

    private static int DocumentFrequency(TermContextCache terms, string stem) => terms.DocumentFrequency(IndexFields.Body, stem);

    /// <summary>Where the particle of a phrasal verb with its own rule stands after a word or two of object, else -1.</summary>
    private int SplitParticle(List<string> tokens, int verb)
    {
        for (var j = verb + 2; j <= verb + 1 + MaxObjectWords && j < tokens.Count; j++)
        {
            if (Particles.Contains(tokens[j]) && synonyms.HasPhrase(SynonymMap.Stem(tokens[verb]), SynonymMap.Stem(tokens[j])))
            {
                return j;
            }
        }

        return -1;
    }

    private const int MaxObjectWords = 2;

    private static readonly IReadOnlySet<string> Particles = WordList.Load("particles");

    private static readonly (string First, string Second) UnitedStates = (SynonymMap.Stem("united"), SynonymMap.Stem("states"));

    /// <summary>"US" or "U.S." in capitals, in a question that is not all capitals.</summary>
    [GeneratedRegex(@"(?<![\p{L}.])U\.?S\.?(?![\p{L}])")]
    private static partial Regex CountryAbbreviation();

    private static string StripPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
