using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Answering;

/// <summary>
/// The adjectives that ask for a measure ("how deep", "how far", "how hot") and the units English gives each measure
/// in, read from <c>Language/measured-adjectives.txt</c>: "how deep did she dive" is answered by "86 metres", a
/// number with a unit of depth, not by any number, and not by "£38,000".
/// </summary>
internal static class MeasuredAdjectives
{
    /// <summary>Each adjective and the units of its measure, lower-cased.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> UnitsOf = Read();

    /// <summary>Each adjective said of something, ending its phrase: made once, since every sentence of every
    /// candidate of a "how deep" question is graded.</summary>
    private static readonly FrozenDictionary<string, Regex> SaidOf = UnitsOf.Keys.ToFrozenDictionary(
        adjective => adjective,
        adjective => new Regex($@"\b{Regex.Escape(adjective)}(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|or|as|than|enough|in|at|on|with|for)\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AnyUnit = UnitsOf.Values.SelectMany(units => units).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A number, in digits or words, and the word or sign after it: "86 metres", "3.5cm", "a 200-metre sump",
    /// "four and a half kilometres", "190°C".</summary>
    private static readonly Regex NumberAndUnit = new(
        $@"(?<![\p{{L}}\d.,])(?<n>\d[\d,.]*|{NumberWords.NumberPattern})(?: and an? (?:half|quarter))?(?:[ -]|(?<=\d))(?<unit>°\s?[CF]?|\p{{L}}+)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static IEnumerable<string> Adjectives => UnitsOf.Keys;

    public static bool IsMeasured(string adjective) => UnitsOf.ContainsKey(adjective);

    /// <summary>How strongly the sentence gives the measure one of the question's adjectives asks for: 1 for a number
    /// with a unit of it, <see cref="AnswerStrength.Partial"/> for the adjective said of something, ending its phrase
    /// ("barely ankle deep, and", "not deep enough"; not "heavy rain", where it describes a noun),
    /// <see cref="AnswerStrength.Weak"/> for another number; the question's own numbers left out.</summary>
    public static double Strength(string sentence, IReadOnlySet<string> questionWords, Func<string, bool> inQuestion)
    {
        var adjectives = questionWords.Where(UnitsOf.ContainsKey).ToList();
        var best = 0.0;
        foreach (Match match in NumberAndUnit.Matches(sentence))
        {
            if (inQuestion(match.Groups["n"].Value.TrimEnd('.', ',')) || IsMoney(sentence, match.Index))
            {
                continue;
            }

            var unit = Unit(match.Groups["unit"].Value);
            if (adjectives.Any(adjective => UnitsOf[adjective].Contains(unit)))
            {
                return 1;
            }

            best = AnswerStrength.Weak;
        }

        return adjectives.Any(adjective => SaidOf[adjective].IsMatch(sentence)) ? AnswerStrength.Partial : best;
    }

    /// <summary>Whether the text gives a number with a unit of any measure.</summary>
    public static bool HoldsAny(string text) =>
        NumberAndUnit.Matches(text).Any(match => !IsMoney(text, match.Index) && AnyUnit.Contains(Unit(match.Groups["unit"].Value)));

    /// <summary>"£4.2m" is money, not metres.</summary>
    private static bool IsMoney(string text, int at) => at > 0 && text[at - 1] is '£' or '$' or '€' or '¥';

    private static string Unit(string written) => written.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static FrozenDictionary<string, FrozenSet<string>> Read()
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordList.Load("measured-adjectives", StringComparer.Ordinal, wholeLines: true))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var units = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            foreach (var adjective in line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[adjective.ToLowerInvariant()] = units;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
