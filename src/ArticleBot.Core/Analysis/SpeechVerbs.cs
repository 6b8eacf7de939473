using System.Collections.Frozen;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Word lists that tell who speaks, loaded from Language/*.txt (each file says what its words are for). Kept small and
/// general (English reporting verbs, not anything from one article), so attribution works on any English news article.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>Verbs that introduce a direct quotation ("…,” Liang explained).</summary>
    public static readonly IReadOnlySet<string> Quoting = Load("quoting-verbs");

    /// <summary>Verbs of reported speech or stance ("Liang believes that…"), the quoting verbs among them.</summary>
    public static readonly IReadOnlySet<string> Reporting = Quoting.Concat(Load("reporting-verbs")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a name and its verb ("Liang Wenfeng, has long envisioned").</summary>
    public static readonly IReadOnlySet<string> Fillers = Load("speech-fillers");

    /// <summary>Nouns that, just before a name, say it is a person ("founder, Liang Wenfeng").</summary>
    public static readonly IReadOnlySet<string> PersonCues = Load("person-cues");

    /// <summary>Titles written before a name ("Mayor Helen Dunmore"); they are kept out of the name.</summary>
    public static readonly IReadOnlySet<string> Titles = Load("person-titles");

    public static readonly IReadOnlySet<string> SubjectPronouns = Load("subject-pronouns");

    public static readonly IReadOnlySet<string> Pronouns = Load("person-pronouns");

    /// <summary>Capitalized words that start sentences or name months and days, never people.</summary>
    public static readonly IReadOnlySet<string> NotNames = Load("not-names");

    /// <summary>Last words of names that belong to organisations and places, not people.</summary>
    public static readonly IReadOnlySet<string> OrganisationWords = Load("organisation-words");

    /// <summary>A name after one of these is a place or an object ("in Varrow Bay"), not the one speaking.</summary>
    public static readonly IReadOnlySet<string> Prepositions = Load("place-prepositions");

    /// <summary>Quoting verbs whose object is the one spoken to ("She told Farrant: “…”"), never the speaker.</summary>
    public static readonly IReadOnlySet<string> Addressing = Load("addressing-verbs");

    /// <summary>Words that open a relative clause after a comma ("Adeyemi, who met Farrant on Monday, said").</summary>
    public static readonly IReadOnlySet<string> RelativePronouns = Load("relative-pronouns");

    private static IReadOnlySet<string> Load(string name) => WordList.Load(name, StringComparer.OrdinalIgnoreCase);
}
