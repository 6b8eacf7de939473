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
        AnswerType.Kind.Age => AgeForm.Strength(sentence, number => IsInQuestion(number.TrimEnd('.', ','), questionWords)),
        AnswerType.Kind.Duration => Duration(sentence, questionWords),
        AnswerType.Kind.Organizations => AnswerType.IsPresent(kind, sentence, personNames) ? 1 : 0,
        AnswerType.Kind.Measure => MeasuredAdjectives.Strength(sentence, questionWords, number => IsInQuestion(number, questionWords)),
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
            if (IsInQuestion(word, questionWords))
            {
                continue;
            }

            // A share or a multiple answers "how much (of)" as a percentage does: "a third of his herd", "two-thirds", "twice".
            if (NumberWords.IsRatio(word.Text, i > 0 ? words[i - 1].Text : null))
            {
                best = 1;
                continue;
            }

            if (!IsNumber(word.Text))
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
            // A number and its unit made one adjective: "a 30-month sentence", "a four-hour meeting", "a 400-metre span".
            var joined = word.Text.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash && Units.Contains(UnitOf(word.Text[(dash + 1)..]));
            best = currency || percent || unit || joined ? 1 : Math.Max(best, Partial);
        }

        return best;
    }

    /// <summary>A time that places the moment outright (a year, a decade, a century, a day of a month: "4 March",
    /// "May 4") answers "when" in full; one that places it only within a frame the reader must supply (a month or a
    /// weekday alone, "the next day", "last week", "this summer", a match's "89th minute", "at 3pm") in part.</summary>
    private static double Time(string sentence, IReadOnlySet<string> questionWords)
    {
        var best = 0.0;
        var words = Word.Split(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
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
                if (Month().IsMatch(word.Text) && (i > 0 && DayOfMonth().IsMatch(words[i - 1].Text) || i + 1 < words.Count && DayOfMonth().IsMatch(words[i + 1].Text)))
                {
                    return 1;
                }

                best = Partial;
            }
        }

        return Century().IsMatch(sentence) ? 1
            : best > 0 ? best
            : RelativeTime().IsMatch(sentence) || Season().IsMatch(sentence) || AnswerType.MatchTime.IsMatch(sentence) ? Partial
            : 0;
    }

    /// <summary>"How long": a span answers in full where a number has its unit (<see cref="Quantity"/>), where one
    /// unit is the span ("for a decade", "almost a year") or where its ends are given ("since 1974", "from 1961 to
    /// 1972"); in part where it is vague ("for years"). A year alone is only one end of a span.</summary>
    private static double Duration(string sentence, IReadOnlySet<string> questionWords)
    {
        var quantity = Quantity(sentence, questionWords);
        if (quantity >= 1 || OneUnit().IsMatch(sentence))
        {
            return 1;
        }

        foreach (Match span in Span().Matches(sentence))
        {
            var from = span.Groups["from"].Value;
            if ((char.IsAsciiDigit(from[0]) || Calendar().IsMatch(from)) && !questionWords.Contains(from.ToLowerInvariant()))
            {
                return 1;
            }
        }

        return VagueSpan().IsMatch(sentence) ? Math.Max(quantity, Partial) : quantity;
    }

    /// <summary>The unit of a hyphenated number ("month" of "30-month", "year" of "54-year-old").</summary>
    private static string UnitOf(string rest) => rest.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash ? rest[..dash] : rest;

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
    private static bool IsInQuestion(Word word, IReadOnlySet<string> questionWords) => IsInQuestion(word.Bare, questionWords);

    private static bool IsInQuestion(string word, IReadOnlySet<string> questionWords)
    {
        if (questionWords.Count == 0)
        {
            return false;
        }

        var folded = TextNormalizer.Fold(word).ToLowerInvariant();
        return questionWords.Contains(folded) || (folded.Contains('-') && folded.Split('-').All(questionWords.Contains));
    }

    private static bool IsNumber(string word) => char.IsAsciiDigit(word[0])
        ? !Ordinal().IsMatch(word)
        : NumberWords.IsCardinal(word) || NumberWords.IsCardinal(UnitOf(word));

    /// <summary>A year of the last thousand years or so: four digits from 1000 to 2099.</summary>
    private static bool IsYear(string word) => word.Length == 4 && (word[0] == '1' || (word[0] == '2' && word[1] == '0')) && word.All(char.IsAsciiDigit);

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex("^(" + Months + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex Calendar();

    [GeneratedRegex("^(" + Months + ")$")]
    private static partial Regex Month();

    /// <summary>A day of a month beside its name: "4", "4th", "31st".</summary>
    [GeneratedRegex(@"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"\b(?:this|next|last|in|during|over|by|until|early|late|mid)[ -](?:the )?(?:spring|summer|autumn|winter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    /// <summary>One unit as the whole span, after a word that measures one: "for a decade", "almost a year", "half an hour".</summary>
    [GeneratedRegex(@"\b(?:for|over|nearly|almost|about|around|roughly|than|under|within|after|to|least|just|half|only|barely|lasted|lasts|last|takes?|took|spent|spends?) (?:a|an|a full|a whole|one) (?:second|minute|hour|day|night|week|weekend|fortnight|month|season|term|year|decade|century|generation|lifetime)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneUnit();

    /// <summary>A span given by its ends: "since 1974", "since March", "since the 1990s", "from 1961 to 1972",
    /// "between 2001 and 2009".</summary>
    [GeneratedRegex(@"\bsince (?:(?:early|late|mid)[ -])?(?:the )?(?<from>1\d{3}|20\d{2}|\d{3}0s|\p{Lu}\p{Ll}+)\b|\b(?:from|between) (?<from>1\d{3}|20\d{2}) (?:to|and|until|till|through) (?:1\d{3}|20\d{2})\b")]
    private static partial Regex Span();

    [GeneratedRegex(@"\bfor (?:many |several |some |a few |so many )?(?:years|decades|months|weeks|days|hours|centuries|generations|ages)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueSpan();

    [GeneratedRegex(@"^\d{3}0s$")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[ -](century|centuries|millennium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Century();

    [GeneratedRegex(@"\b(yesterday|today|tomorrow|tonight|ago|(the )?(last|next|following|previous|same|this|earlier this|later this) (day|night|morning|afternoon|evening|week|weekend|month|season|term|year|decade|century)|(at|over) the weekend|in (a|\d+|[a-z]+) (days?|weeks?|months?|years?)'? time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"[$£€¥]\s?$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\d+(st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
