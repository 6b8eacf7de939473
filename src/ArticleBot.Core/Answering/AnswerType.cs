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

    [GeneratedRegex(@"^(when\b|what (year|date|month|day|time)\b|since when\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"(?<![\p{L}-])\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|thrice|half|double|triple|dozen|hundred|thousand|million|billion|trillion|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(1[89]\d{2}|20\d{2}|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|last (week|month|year)|next (week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
