using Lucene.Net.Index;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The words an index knows, with how many paragraphs use each: typo correction chooses among these, and only for
/// words the index does not know.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly Dictionary<int, List<string>> _byLength;
    private readonly string[] _sorted;

    private Vocabulary(Dictionary<string, int> documentFrequency)
    {
        _documentFrequency = documentFrequency;
        _byLength = documentFrequency.Keys.GroupBy(term => term.Length).ToDictionary(group => group.Key, group => group.ToList());
        _sorted = documentFrequency.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    public int Count => _documentFrequency.Count;

    public bool Contains(string term) => _documentFrequency.ContainsKey(term);

    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public static Vocabulary Read(IndexReader reader, string field)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var fieldTerms = MultiFields.GetTerms(reader, field);
        if (fieldTerms is not null)
        {
            var enumerator = fieldTerms.GetEnumerator();
            while (enumerator.MoveNext())
            {
                var term = enumerator.Term.Utf8ToString();
                if (term.All(char.IsLetter) && term.Length >= 3)
                {
                    terms[term] = enumerator.DocFreq;
                }
            }
        }

        return new Vocabulary(terms);
    }

    /// <summary>The known word closest to <paramref name="word"/> (one edit for short words, two for long ones;
    /// a swap of two letters counts as one; the same first letter), preferring the more frequent word on ties;
    /// null when none is close.</summary>
    public string? Correct(string word) => Correct(word, NoWords);

    private static readonly HashSet<string> NoWords = [];

    /// <param name="extraWords">More known words to choose among (counted as used once).</param>
    public string? Correct(string word, IReadOnlySet<string> extraWords)
    {
        if (word.Length < 4 || Contains(word) || extraWords.Contains(word) || !word.All(char.IsLetter))
        {
            return null;
        }

        var maxEdits = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            var fromIndex = _byLength.TryGetValue(length, out var known) ? known.Select(candidate => (candidate, maxEdits)) : [];

            // Words known only from the related-word list are a weaker guess than the article's own words: one
            // edit, and only for longer words, where a one-letter slip rarely makes another real word ("stock").
            var fromList = word.Length >= 6 && Math.Abs(length - word.Length) <= 1
                ? extraWords.Where(extra => extra.Length == length && extra.All(char.IsLetter)).Select(candidate => (candidate, 1))
                : [];
            foreach (var (candidate, allowed) in fromIndex.Concat(fromList))
            {
                // People rarely mistype the first letter; without this, real words get "corrected" ("weather" → "rather").
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var distance = EditDistance.Damerau(word, candidate, allowed);
                var frequency = _documentFrequency.GetValueOrDefault(candidate, 1);
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }

    /// <summary>The known words that begin with <paramref name="prefix"/>, at most <paramref name="max"/>, the most
    /// frequent first.</summary>
    public IReadOnlyList<string> StartingWith(string prefix, int max)
    {
        var index = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        var first = index >= 0 ? index : ~index;
        var words = new List<string>();
        for (var i = first; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            words.Add(_sorted[i]);
        }

        return words.OrderByDescending(DocumentFrequency).ThenBy(word => word, StringComparer.Ordinal).Take(max).ToList();
    }

    /// <summary>For a misspelt long word that no small edit fixes ("efficent"), the most frequent known word that
    /// shares its first letters (at least five, and most of the word).</summary>
    public string? CompleteTruncated(string word)
    {
        if (word.Length < 6 || Contains(word) || !word.All(char.IsLetter))
        {
            return null;
        }

        var prefixLength = Math.Max(5, (int)Math.Ceiling(word.Length * 0.6));
        var prefix = word[..prefixLength];
        return _documentFrequency
            .Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal) && Math.Abs(pair.Key.Length - word.Length) <= 3)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .FirstOrDefault();
    }
}
