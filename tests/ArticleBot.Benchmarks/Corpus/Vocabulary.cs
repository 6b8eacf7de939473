namespace ArticleBot.Benchmarks.Corpus;

/// <summary>
/// An English-like vocabulary ranked by frequency: real common words first, then made-up words built from English
/// syllables, drawn with a Zipf-like law (frequency ∝ 1 / rank^1.07, close to what English text shows), so that
/// postings lists have the skew of real text: a few huge, most tiny.
/// </summary>
internal sealed class ZipfVocabulary
{
    private const double Exponent = 1.07;

    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "it", "for", "on", "with", "as", "by", "at", "from",
        "his", "her", "they", "this", "had", "not", "are", "but", "have", "be", "or", "which", "an", "were", "their",
        "been", "has", "would", "will", "more", "its", "who", "about", "than", "into", "after", "over", "also", "new",
        "company", "year", "people", "market", "research", "model", "government", "first", "time", "years", "state",
        "world", "percent", "million", "said", "could", "other", "some", "most", "many", "data", "system", "team",
        "industry", "technology", "country", "city", "public", "water", "energy", "policy", "report", "price", "costs",
        "growth", "investors", "funding", "chips", "computing", "power", "training", "students", "school", "health",
        "hospital", "police", "court", "council", "election", "minister", "budget", "workers", "union", "factory",
        "farmers", "river", "bridge", "railway", "airport", "climate", "storm", "drought", "harvest", "software",
        "network", "security", "privacy", "platform", "users", "developers", "startup", "founder", "engineer",
        "scientist", "university", "laboratory", "experiment", "results", "study", "survey", "analysis", "evidence",
        "billion", "revenue", "profit", "losses", "shares", "bank", "loans", "interest", "inflation", "exports",
        "imports", "tariffs", "trade", "border", "region", "province", "village", "museum", "library", "festival",
        "music", "film", "novel", "artist", "author", "season", "match", "league", "coach", "players", "stadium",
        "vaccine", "disease", "patients", "doctors", "nurses", "medicine", "insurance", "housing", "rent", "transport",
        "traffic", "emissions", "carbon", "solar", "wind", "battery", "vehicles", "electric", "grid", "supply",
        "demand", "shortage", "strike", "protest", "reform", "law", "rules", "regulators", "agency", "committee",
        "board", "director", "chief", "executive", "spokesperson", "official", "leader", "party", "voters", "campaign",
        "open", "closed", "source", "innovation", "efficiency", "performance", "hardware", "cloud", "chip", "design",
        "architecture", "algorithm", "inference", "accuracy", "benchmark", "competition", "rivals", "partners",
        "announced", "launched", "released", "reported", "expected", "planned", "agreed", "refused", "warned",
        "argued", "believed", "explained", "described", "increased", "reduced", "doubled", "built", "opened",
    ];

    private static readonly string[] Onsets = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "r", "s", "sh", "st", "t", "th", "tr", "v", "w"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "nd", "st", "m"];
    private static readonly string[] Suffixes = ["", "", "", "s", "ed", "ing", "tion", "er", "ly", "ment", "ity", "al"];

    private readonly string[] _words;
    private readonly double[] _cumulative;
    private readonly Dictionary<string, int> _ranks;

    public ZipfVocabulary(int size, Random random)
    {
        var words = new List<string>(size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Common)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        while (words.Count < size)
        {
            var syllables = random.Next(10) switch { < 5 => 1, < 9 => 2, _ => 3 };
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ =>
                Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)]))
                + Suffixes[random.Next(Suffixes.Length)];
            if (word.Length >= 3 && seen.Add(word))
            {
                words.Add(word);
            }
        }

        _words = [.. words];
        _ranks = _words.Select((word, rank) => (word, rank)).ToDictionary(pair => pair.word, pair => pair.rank, StringComparer.Ordinal);
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, Exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    /// <summary>Words ranked below this are mostly function words: questions are built from rarer ones.</summary>
    public const int FunctionWords = 45;

    public int Count => _words.Length;

    public string Draw(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
    }

    public int RankOf(string word) => _ranks.GetValueOrDefault(word, -1);
}
