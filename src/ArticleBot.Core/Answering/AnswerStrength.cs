using System.Text.RegularExpressions;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Answering;

/// <summary>
/// How strongly a sentence holds the kind of answer a question asks for, from 0 (nothing of that kind) to 1, by rules
/// of English rather than of one article: a full name answers "who" better than a capitalised word, a number with a
/// unit or currency answers "how much" better than a bare number, a year answers "when" better than a weekday. What
/// the question itself holds (its names, its numbers, its years) is no answer to it. The ranker weighs the grade
/// (a fitted weight); it never overrides the score.
/// </summary>
internal static partial class AnswerStrength
{
    /// <summary>A kind of answer the sentence holds, but only in part or loosely (a capitalised word, a bare number,
    /// a month without its year).</summary>
    public const double Partial = 0.6;

    /// <summary>People named only by what they are ("researchers", "residents").</summary>
    public const double Weak = 0.4;

    /// <summary>Most words between a count and the thing counted ("6 million active users": "million", "active";
    /// "points allowed (296)": "allowed").</summary>
    private const int CountedWithin = 4;

    private static readonly IReadOnlySet<string> Units = WordList.Load("units", StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlySet<string> Places = WordList.Load("answer-place-prepositions", StringComparer.OrdinalIgnoreCase);

    /// <param name="questionWords">The question's words, lower-cased and folded: what it already names is not its answer.</param>
    /// <param name="countedAt">For "how many X", where in the sentence X is named (none: nowhere); null when the
    /// question names nothing to count.</param>
    public static double Of(AnswerType.Kind kind, string sentence, IReadOnlySet<string> personNames, IReadOnlySet<string> questionWords, IReadOnlyList<int>? countedAt = null) => kind switch
    {
        AnswerType.Kind.Person => Person(sentence, personNames, questionWords),
        AnswerType.Kind.Count => Count(sentence, questionWords, countedAt),
        AnswerType.Kind.Quantity => Quantity(sentence, questionWords),
        AnswerType.Kind.Time => Time(sentence, questionWords),
        AnswerType.Kind.Organizations => AnswerType.IsPresent(kind, sentence, personNames) ? 1 : 0,
        _ => 0,
    };

    private static double Person(string sentence, IReadOnlySet<string> personNames, IReadOnlySet<string> questionWords)
    {
        // Who something was done by ("carried out by the firm Calder & Finch", "founded by Liang") answers "who did it".
        if (AnswerType.NamesAgent(sentence))
        {
            return 1;
        }

        var words = Word.Split(sentence);
        var best = 0.0;
        for (var i = 0; i < words.Count && best < 1; i++)
        {
            var word = words[i];
            if (!IsName(word, questionWords))
            {
                continue;
            }

            if (personNames.Contains(word.Bare))
            {
                return 1;
            }

            // A name just after "in", "at", "near" or "on" is a place ("told reporters at City Hall"), all its words.
            if (i > 0 && Places.Contains(words[i - 1].Text))
            {
                while (i + 1 < words.Count && Joined(sentence, word, words[i + 1]) && IsName(words[i + 1], questionWords))
                {
                    word = words[++i];
                }

                continue;
            }

            // Two names side by side ("Peyton Manning"), or joined by an ampersand ("Calder & Finch"), are one full
            // name; one alone, past the sentence's first word (capitalised anyway), a name of some kind.
            // An acronym beside a name ("Chinese AI firms") describes; it does not make a person's full name.
            if (i + 1 < words.Count && Joined(sentence, word, words[i + 1]) && IsName(words[i + 1], questionWords) && words[i + 1].IsCapitalized && word.IsCapitalized)
            {
                best = 1;
            }
            else if (i > 0)
            {
                best = Math.Max(best, Partial);
            }
        }

        return best > 0 ? best : AnswerType.IsPresent(AnswerType.Kind.Person, sentence, personNames) ? Weak : 0;
    }

    private static bool Joined(string sentence, Word word, Word next) =>
        next.Start == word.End + 1 || sentence.AsSpan(word.End, next.Start - word.End).SequenceEqual(" & ");

    /// <summary>A capitalised word that is not a function word ("If", "But"), a month or a day, and not one of the
    /// question's own words.</summary>
    private static bool IsName(Word word, IReadOnlySet<string> questionWords) =>
        (word.IsCapitalized || word.Text.Length > 1 && word.Text.All(char.IsUpper))
        && !IsInQuestion(word, questionWords)
        && !QuestionWords.Filler.Contains(word.Bare.ToLowerInvariant())
        && !Calendar().IsMatch(word.Bare);

    private static double Quantity(string sentence, IReadOnlySet<string> questionWords)
    {
        var words = Word.Split(sentence);
        var best = 0.0;
        for (var i = 0; i < words.Count && best < 1; i++)
        {
            var word = words[i];
            if (!IsNumber(word.Text) || IsInQuestion(word, questionWords))
            {
                continue;
            }

            // A year answers "how long" only as the ends of a span ("from 1961 to 1972").
            if (IsYear(word.Text))
            {
                best = Math.Max(best, Weak);
                continue;
            }

            var currency = word.Start > 0 && CurrencyBefore().IsMatch(sentence.AsSpan(0, word.Start));
            var percent = word.End < sentence.Length && sentence[word.End] == '%';
            var unit = i + 1 < words.Count && Units.Contains(words[i + 1].Text);
            best = currency || percent || unit ? 1 : Math.Max(best, Partial);
        }

        return best;
    }

    private static double Time(string sentence, IReadOnlySet<string> questionWords)
    {
        var best = 0.0;
        foreach (var word in Word.Split(sentence))
        {
            if (IsInQuestion(word, questionWords))
            {
                continue;
            }

            if (IsYear(word.Text) || Decade().IsMatch(word.Text))
            {
                return 1;
            }

            // Month and day names are capitalised in English, which keeps "may" and "march" the verbs out.
            if (Calendar().IsMatch(word.Text))
            {
                best = Partial;
            }
        }

        return Century().IsMatch(sentence) ? 1 : best > 0 ? best : RelativeTime().IsMatch(sentence) ? Partial : 0;
    }

    /// <summary>A count answers "how many X" where it stands beside X ("60,000 vehicles", "6 million users", "points
    /// allowed (296)"); a count elsewhere may count something else: it ranks, but does not answer.</summary>
    private static double Count(string sentence, IReadOnlySet<string> questionWords, IReadOnlyList<int>? countedAt)
    {
        var best = 0.0;
        foreach (System.Text.RegularExpressions.Match count in AnswerType.CardinalIn(sentence))
        {
            // "50." at a sentence's end is the question's "50".
            if (questionWords.Contains(count.Value.TrimEnd('.', ',').ToLowerInvariant()))
            {
                continue;
            }

            var end = count.Index + count.Length;
            if (countedAt is null || countedAt.Any(at => at >= end
                    ? Word.Count(sentence.AsSpan(end, at - end)) < CountedWithin
                    : at < count.Index && Word.Count(sentence.AsSpan(at, count.Index - at)) <= CountedWithin))
            {
                return 1;
            }

            best = Weak;
        }

        return best;
    }

    /// <summary>Whether the question holds the word, or every part of a hyphenated one ("DeepSeek-R1" in "deepseek r1").</summary>
    private static bool IsInQuestion(Word word, IReadOnlySet<string> questionWords)
    {
        if (questionWords.Count == 0)
        {
            return false;
        }

        var folded = TextNormalizer.Fold(word.Bare).ToLowerInvariant();
        return questionWords.Contains(folded) || (folded.Contains('-') && folded.Split('-').All(questionWords.Contains));
    }

    private static bool IsNumber(string word) => char.IsAsciiDigit(word[0]) ? !Ordinal().IsMatch(word) : NumberWord().IsMatch(word);

    /// <summary>A year of the last thousand years or so: four digits from 1000 to 2099.</summary>
    private static bool IsYear(string word) => word.Length == 4 && (word[0] == '1' || (word[0] == '2' && word[1] == '0')) && word.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex Calendar();

    [GeneratedRegex(@"^\d{3}0s$")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[ -](century|centuries|millennium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Century();

    [GeneratedRegex(@"\b(yesterday|today|tomorrow|tonight|ago|(the )?(last|next|following|previous|same) (day|night|morning|evening|week|weekend|month|season|year|decade|century))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"[$£€¥]\s?$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\d+(st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|twice|double|triple)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();
}
