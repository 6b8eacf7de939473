using System.Text.RegularExpressions;

namespace ArticleBot.Core.Answering;

/// <summary>
/// What kind of answer a question wants, read from its question words: "how much" wants a quantity, "when" a time.
/// A passage that holds something of that kind is a likelier answer than one that merely shares the words.
/// </summary>
public static partial class AnswerType
{
    public enum Kind
    {
        Any,
        Quantity,
        Time,
        Person,
    }

    public static Kind Of(string question) =>
        QuantityQuestion().IsMatch(question) ? Kind.Quantity
        : TimeQuestion().IsMatch(question) ? Kind.Time
        : PersonQuestion().IsMatch(question) ? Kind.Person
        : Kind.Any;

    /// <summary>The words naming what a "how many / how much" question counts, up to the first question word:
    /// "parameters" in "how many parameters does…", "extra gpu power" in "how much extra gpu power and…"; or the
    /// quality a "how tall / old…" question measures.</summary>
    public static IReadOnlyList<string> CountedWords(string question, IReadOnlySet<string> questionWords)
    {
        if (MeasuredQuality().Match(question) is { Success: true } measured)
        {
            return [measured.Groups[1].Value.ToLowerInvariant()];
        }

        if (CountedThing().Match(question) is not { Success: true } match)
        {
            return [];
        }

        return match.Groups[1].Value.ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(word => !questionWords.Contains(word))
            .ToList();
    }

    /// <param name="personNames">Names (and the single words of them) of the people the articles quote.</param>
    public static bool IsPresent(Kind kind, string text, IReadOnlySet<string> personNames) => kind switch
    {
        Kind.Quantity => Quantity().IsMatch(text),
        Kind.Time => Time().IsMatch(text),
        Kind.Person => Analysis.Word.Split(text).Any(word => personNames.Contains(word.Bare)),
        _ => false,
    };

    [GeneratedRegex(@"^(who|whom|whose|which (person|people|one of them)|what('s| is) the name)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"\b(how (much|many|big|large|expensive|cheap|costly|long)|what (fraction|percentage|percent|share|portion|amount|proportion)|what (is|was|were) the (cost|price|amount|budget))\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"\bhow (?:many|much) ((?:[\p{L}\d][\p{L}\d'-]* ?){1,3})", RegexOptions.IgnoreCase)]
    private static partial Regex CountedThing();

    /// <summary>"How tall / old / rich…": the adjective is what is measured.</summary>
    [GeneratedRegex(@"\bhow (tall|old|young|heavy|fast|far|rich|wealthy|high|deep|wide|popular|famous|profitable|valuable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredQuality();

    [GeneratedRegex(@"^(when\b|what (year|date|month|day|time)\b|since when\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"(?<![\p{L}-])\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|thrice|half|double|triple|dozen|hundred|thousand|million|billion|trillion|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(1[89]\d{2}|20\d{2}|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|last (week|month|year)|next (week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
