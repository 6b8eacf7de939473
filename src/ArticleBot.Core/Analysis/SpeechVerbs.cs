namespace ArticleBot.Core.Analysis;

/// <summary>
/// Word lists that tell who speaks. Kept small and general (English reporting verbs, not anything from one
/// article), so attribution works on any English news article.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>Verbs that introduce a direct quotation ("…,” Liang explained).</summary>
    public static readonly HashSet<string> Quoting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "explained", "explains", "told", "tells", "added", "adds", "noted", "notes",
        "stated", "states", "remarked", "remarks", "recalled", "recalls", "wrote", "writes", "asked", "asks",
        "replied", "replies", "argued", "argues", "insisted", "insists", "emphasized", "emphasised", "emphasizes",
        "stressed", "stresses", "warned", "warns", "declared", "declares", "admitted",
        "admits", "acknowledged", "acknowledges", "observed", "observes", "quipped", "joked",
        "according",
    };

    /// <summary>Verbs of reported speech or stance ("Zhu Xiaohu have dismissed AGI…", "Liang believes that…").</summary>
    public static readonly HashSet<string> Reporting = new(Quoting, StringComparer.OrdinalIgnoreCase)
    {
        "dismissed", "dismisses", "believes", "believed", "believe", "thinks", "thought", "think", "disagrees",
        "disagreed", "agrees", "agreed", "claimed", "claims", "envisioned", "envisions", "envisaged", "discussed",
        "discusses", "understands", "understood", "predicted", "predicts", "suggested", "suggests", "maintains",
        "maintained", "contends", "contended", "rejected", "rejects", "criticized", "criticised", "criticizes",
        "praised", "praises", "announced", "announces", "denied", "denies", "described", "describes", "called",
        "calls", "expects", "expected", "hopes", "hoped", "questioned", "questions", "doubts", "doubted",
        "arguing", "saying", "explaining", "adding", "noting", "insisting", "warning", "pointing",
    };

    /// <summary>Words that may stand between a name and its verb ("Liang Wenfeng, has long envisioned").</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "was", "also", "long", "still", "often", "once", "later", "then", "has",
        "repeatedly", "publicly", "firmly", "openly", "recently", "previously", "would", "will", "did", "does",
        "had", "been", "reportedly", "famously", "flatly", "always", "never", "even",
    };

    /// <summary>Nouns that, just before a name, say it is a person ("founder, Liang Wenfeng").</summary>
    public static readonly HashSet<string> PersonCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "founder", "cofounder", "co-founder", "ceo", "chief", "president", "director", "investor", "analyst",
        "researcher", "professor", "spokesperson", "spokesman", "spokeswoman", "minister", "chairman",
        "chairwoman", "chair", "executive", "economist", "scientist", "engineer", "mr", "ms", "mrs", "dr",
        "mayor", "senator", "governor", "secretary", "manager", "head", "leader", "officer", "author", "editor",
        "capitalist", "entrepreneur", "figures", "partner", "principal", "teacher", "coach", "inspector",
        "captain", "detective", "nurse", "doctor", "farmer", "resident", "residents", "owner", "volunteer",
        "councillor", "councilor", "commissioner", "chairs", "leads", "heads", "runs", "represents", "founded",
        "spokesperson", "adviser", "advisor", "consultant", "lawyer", "attorney", "judge", "official", "activist",
        "striker", "goalkeeper", "midfielder", "defender", "player", "referee", "supporter", "winger",
        // Kin and audience: "My wife, Catrin Mallory, …", "a listener, Rosalind Okafor, …".
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "friend", "neighbour",
        "neighbor", "colleague", "listener", "caller", "viewer", "reader",
    };

    /// <summary>Titles written before a name in English ("Mayor Helen Dunmore"); they are kept out of the name.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mayor", "councillor", "councilor", "senator", "governor", "president", "professor", "judge", "captain",
        "detective", "inspector", "minister", "commissioner", "sheriff", "chancellor", "dr", "mr", "mrs", "ms",
        "constable", "sergeant", "superintendent", "lieutenant", "colonel", "reverend", "bishop", "justice",
    };

    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his", "her", "him" };

    /// <summary>Capitalized words that start sentences or name months and days, never people.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "while", "despite", "yet", "unlike",
        "with", "without", "for", "from", "to", "of", "by", "after", "before", "since", "when", "where", "what",
        "who", "why", "how", "this", "that", "these", "those", "it", "its", "one", "suddenly", "however", "still",
        "many", "most", "some", "industry", "no", "not", "we", "our", "they", "their", "he", "she", "his", "her",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "ms", "mrs", "dr", "said", "says", "according", "then", "there", "here", "today", "yesterday",
        "meanwhile", "also", "even", "so", "such", "both", "each", "every", "all", "other", "another",
    };

    /// <summary>Last words of names that belong to organisations and places, not people.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "association", "company", "inc", "corp", "corporation", "group", "council", "committee", "ministry",
        "department", "university", "institute", "bank", "agency", "authority", "bureau", "foundation", "party",
        "club", "society", "union", "times", "news", "post", "courier", "journal", "bridge", "street", "road",
        "park", "city", "valley", "county", "state", "states", "republic", "kingdom", "office", "board", "court",
        "hospital", "school", "college", "airport", "station", "center", "centre", "labs", "lab", "technologies",
        "systems", "partners", "capital", "ventures", "holdings", "media", "press", "network", "service",
        "services", "commission", "assembly", "parliament", "congress", "senate", "house", "police", "army", "trust", "ltd", "llc", "plc",
        "fund", "cooperative", "co-operative", "federation", "alliance", "coalition", "league",
    };

    /// <summary>A name after one of these is a place or an object ("in Varrow Bay", "parents at the school"), not the
    /// one speaking.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "from", "of", "near", "on", "to", "into", "across", "around", "outside", "inside", "off", "over",
        "along", "towards", "toward", "through", "past",
    };

    /// <summary>Quoting verbs whose object is the one spoken to ("She told Farrant: “…”"), never the speaker.</summary>
    public static readonly HashSet<string> Addressing = new(StringComparer.OrdinalIgnoreCase) { "told", "tells", "asked", "asks" };

    /// <summary>Words that open a relative clause after a comma ("Adeyemi, who met Farrant on Monday, said").</summary>
    public static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "who", "whom", "whose", "which", "where", "when" };
}
