namespace ArticleBot.Core.Answering;

/// <summary>
/// One thing a question is about, with every form that counts as finding it: the word's stem, a typo's correction,
/// related words. <see cref="Weight"/> per form says how much a match of that form is worth (the word itself 1.0).
/// </summary>
/// <param name="Word">The word as asked (lower case), for display and diagnostics.</param>
/// <param name="Exact">The unstemmed form to look for in the exact field (or the correction of a typo).</param>
public sealed record Concept(string Word, string Exact, IReadOnlyDictionary<string, double> Forms)
{
    /// <summary>True when nothing in the index matches any form; such a word lowers the answer's coverage.</summary>
    public bool Unknown { get; init; }

    /// <summary>For a two-word phrase with its own rule ("big tech"), the stems of its words: the phrase as
    /// written, word next to word, counts as fully found.</summary>
    public (string First, string Second)? PhraseStems { get; init; }

    /// <summary>Inverse document frequency of the concept, set when the question is understood.</summary>
    public double Idf { get; init; }

    /// <summary>How much the concept counts towards coverage. A word the index has never seen is more often a way
    /// of asking ("freaked out", "put out") than the subject, so it counts for less; a question made only of
    /// unknown words still covers nothing and is declined.</summary>
    public double Importance => Unknown ? Idf * UnknownImportance : Idf;

    public const double UnknownImportance = 0.5;
}
