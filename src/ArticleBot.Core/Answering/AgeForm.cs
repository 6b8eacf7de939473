using System.Text.RegularExpressions;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Answering;

/// <summary>
/// How English states an age, the answer to "how old": "aged 54", "at the age of 35", "a 54-year-old", "26 years
/// old", "turned 60", a news report's "Gareth Pennock, 54, of Mill Lane" or "Manning was 39"; in part, a decade of
/// life ("in her sixties"), a span in years ("4.6 billion years") or the year a thing began ("built in 1911",
/// <c>Language/origin-verbs.txt</c>). The word
/// "old" itself is seldom there: a rule that looked for it would decline most such questions.
/// </summary>
internal static partial class AgeForm
{
    private static readonly string Years = $@"(?<n>\d[\d.,]*|{NumberWords.NumberPattern})";

    /// <summary>An age said outright: "aged 54", "age 54", "at the age of 35", "54-year-old", "1.6-million-year-old",
    /// "26 years old", "turned 39".</summary>
    private static readonly Regex Stated = new(
        $@"\bage[ds]? (?:of )?{Years}|{Years}(?:[ -](?:hundred|thousand|million|billion))?[ -](?:years?|months?|weeks?|days?|decades?|centuries|century)[ -]old\b|\b(?:turned|turns|turning) {Years}\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A span of time without "old" ("some 4.6 billion years", "nine centuries"): an age, or as likely how
    /// long something lasted. After "for", "over", "during", "within" or "after" it is only how long something
    /// lasted ("took £90,000 over five years"), no one's age.</summary>
    private static readonly Regex YearsSpan = new(
        $@"(?<!\b(?:for|over|during|within|after|across|throughout) (?:(?:the|a|some|about|around|nearly|almost|more than|less than|just|only) ){{0,2}})(?<![\p{{L}}\d.,]){Years}(?:[ -](?:hundred|thousand|million|billion))?[ -](?:years?|decades?|centuries|century)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly string OriginVerbs = string.Join('|', WordList.Load("origin-verbs", StringComparer.OrdinalIgnoreCase).Select(Regex.Escape));

    /// <summary>A year within a few words of a verb that dates a beginning: "built in 1911", "dating back to 1650".</summary>
    private static readonly Regex Origin = new(
        $@"\b(?:{OriginVerbs})\b(?:\W+\w+){{0,3}}?\W+(?<n>1\d{{3}}|20\d{{2}})\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A news report's age beside a name ("Gareth Pennock, 54, of Mill Lane") or after it and a form of
    /// "be" ("Manning was 39,", "Thorley is seventy-one."), a number standing alone, not a quantity of something ("was 39 yards").</summary>
    private static readonly Regex Reported = new(
        $@"\p{{Lu}}[\p{{L}}'’-]+, (?<n>\d{{1,3}}|(?i:{NumberWords.NumberPattern})), |(?:(?!(?:It|This|That|There|Here|What|Which|Who)\b)\p{{Lu}}[\p{{L}}'’-]+|\b(?:he|she|they|I|we)) (?:was|is|were|are|am) (?:now |then |still )?(?<n>\d{{1,3}}|(?i:{NumberWords.NumberPattern}))(?=\s*[,.;)]|\s*$| (?:when|and|at|in|on|but)\b)",
        RegexOptions.Compiled);

    /// <summary>Whether the text states an age outright.</summary>
    public static bool Holds(string text) => Stated.IsMatch(text) || Reported.IsMatch(text);

    /// <param name="inQuestion">Whether a number is one the question itself holds ("how old was he in 2015").</param>
    public static double Strength(string sentence, Func<string, bool> inQuestion)
    {
        if (Stated.Matches(sentence).Concat(Reported.Matches(sentence)).Any(age => !inQuestion(age.Groups["n"].Value)))
        {
            return 1;
        }

        if (Origin.Matches(sentence).Any(year => !inQuestion(year.Groups["n"].Value)) || DecadeOfLife().IsMatch(sentence)
            || YearsSpan.Matches(sentence).Any(span => !inQuestion(span.Groups["n"].Value)))
        {
            return AnswerStrength.Partial;
        }

        // A bare number may be an age, or anything else.
        return AnswerType.CardinalIn(sentence).Any(count => !inQuestion(count.Value)) ? AnswerStrength.Weak : 0;
    }

    /// <summary>"In her sixties", "his early 30s", "their mid-twenties": an age in part.</summary>
    [GeneratedRegex(@"\b(?:his|her|their|my|your|early|mid|late)[ -](?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecadeOfLife();
}
