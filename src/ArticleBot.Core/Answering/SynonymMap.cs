using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Query-time related words, kept as data (<c>index/synonyms.txt</c>) so a new article's domain can be added
/// without code. Lines are either a group of words that stand for each other (<c>funding, money, cash</c>) or a
/// one-way rule (<c>graphics cards =&gt; chips, hardware</c>). Keys and expansions are compared by stem, so
/// "founders" finds the rule for "founder". Single words only on the right: multi-word synonyms would break
/// phrase matching (see the Lucene notes), so a phrase on the left expands to single words.
/// </summary>
public sealed class SynonymMap
{
    private readonly Dictionary<string, HashSet<string>> _expansions;

    private SynonymMap(Dictionary<string, HashSet<string>> expansions, HashSet<string> words)
    {
        _expansions = expansions;
        Words = words;
    }

    public static SynonymMap Empty { get; } = new([], []);

    /// <summary>Every single word the list mentions, as written: typo correction may choose among these too, so
    /// "recruting" becomes "recruiting" even where the article only says "recruit".</summary>
    public IReadOnlySet<string> Words { get; }

    public int Count => _expansions.Count;

    /// <summary>Related words for a stem or a stemmed two-word phrase ("graphic card"), as stems.</summary>
    public IReadOnlyCollection<string> Expand(string stemmedKey) =>
        _expansions.TryGetValue(stemmedKey, out var words) ? words : [];

    public bool HasPhrase(string firstStem, string secondStem) => _expansions.ContainsKey($"{firstStem} {secondStem}");

    public static SynonymMap Load(string path) => File.Exists(path) ? Parse(File.ReadAllLines(path)) : Empty;

    public static SynonymMap Parse(IEnumerable<string> lines)
    {
        var expansions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string key, IEnumerable<string> words)
        {
            if (!expansions.TryGetValue(key, out var set))
            {
                expansions[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(words.Where(word => word != key));
        }

        foreach (var raw in lines)
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            words.UnionWith(line.Replace("=>", ",").Split(',').Select(term => term.Trim().ToLowerInvariant()).Where(term => term.Length > 0 && !term.Contains(' ')));
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var targets = Terms(line[(arrow + 2)..]).SelectMany(Stems).ToList();
                foreach (var key in Terms(line[..arrow]).Select(StemKey).Where(key => key.Length > 0))
                {
                    Add(key, targets);
                }
            }
            else
            {
                var group = Terms(line).ToList();
                var stems = group.SelectMany(Stems).Distinct().ToList();
                foreach (var key in group.Select(StemKey).Where(key => key.Length > 0))
                {
                    Add(key, stems);
                }
            }
        }

        return new SynonymMap(expansions, words);
    }

    /// <summary>The stem of a word as the index's stemmed field has it (a stop word is kept as written).</summary>
    public static string Stem(string word)
    {
        if (StemCache.TryGet(word, out var stem))
        {
            return stem;
        }

        var tokens = TokenReader.Read(ArticleAnalyzers.Stemmed, word);
        // Questions reuse a small vocabulary; the bound only keeps a flood of junk words from growing it forever.
        return StemCache.Add(word, tokens.Count > 0 ? tokens[0].Term : word.ToLowerInvariant());
    }

    private static readonly Caching.BoundedCache<string, string> StemCache = new(100_000, StringComparer.Ordinal);

    private static IEnumerable<string> Terms(string list) =>
        list.Split(',').Select(term => term.Trim().ToLowerInvariant()).Where(term => term.Length > 0);

    private static string StemKey(string term) => string.Join(' ', Stems(term));

    private static IEnumerable<string> Stems(string term) =>
        term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem);
}
