namespace ArticleBot.Core.Analysis;

/// <summary>
/// The organisations an article names ("the Carrow Valley Water Agency", "The Ashcombe Library Trust"): runs of
/// capitalized words ending in an organisation word. Newspapers name an organisation once in full and then write
/// "the agency said"; that shorter form is the one organisation named with that last word, or, when the article
/// names two, none (the statement is then an organisation's but unattributed, never a person's).
/// </summary>
internal sealed class OrganisationNames
{
    /// <summary>Longest organisation name looked for, in words ("Port Alder Harbour Pilots Association").</summary>
    private const int MaxWords = 6;

    /// <summary>Nouns for someone who speaks for an organisation, whose words are the organisation's.</summary>
    private static readonly IReadOnlySet<string> Spokespeople = Language.WordList.Load("spokespeople", StringComparer.OrdinalIgnoreCase);

    private readonly List<string[]> _names;

    private OrganisationNames(List<string[]> names) => _names = names;

    public static OrganisationNames Of(IReadOnlyList<Articles.Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords)
    {
        var names = new List<string[]>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                for (var i = 0; i < words.Count; i++)
                {
                    var run = CapitalizedRun(paragraphs[p].Text, words, i);
                    var end = run >= 2 && IsFollowedByIts(paragraphs[p].Text, words, i + run) ? i + run : LastOrganisationWord(words, i, run);
                    if (end > i && !names.Any(name => name.SequenceEqual(Parts(words, i, end))))
                    {
                        names.Add(Parts(words, i, end));
                    }

                    i += Math.Max(run, 1) - 1;
                }
            }
        }

        return new OrganisationNames(names);
    }

    /// <summary>The organisation named at word <paramref name="index"/> — in full, or as "the agency" — or null when
    /// none is named there.</summary>
    public OrganisationMention? At(IReadOnlyList<Word> words, int index)
    {
        if (index + 1 < words.Count && words[index].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
            && !words[index + 1].IsCapitalized && SpeechVerbs.OrganisationWords.Contains(words[index + 1].Bare))
        {
            var holders = _names.Where(name => name[^1].Equals(words[index + 1].Bare, StringComparison.OrdinalIgnoreCase)).ToList();
            return new OrganisationMention(holders.Count == 1 ? string.Join(' ', holders[0]) : null, 2, ShortForm: true);
        }

        if (index >= words.Count)
        {
            return null;
        }

        // "the Marlow Agricultural Institute": the article before a full name is part of how it is named.
        var the = words[index].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        foreach (var name in _names)
        {
            var start = index + the;
            if (start + name.Length <= words.Count && Enumerable.Range(0, name.Length).All(k => k == name.Length - 1 ? words[start + k].BareEquals(name[k]) : words[start + k].Text == name[k]))
            {
                return new OrganisationMention(string.Join(' ', name), name.Length + the, ShortForm: false);
            }
        }

        return null;
    }

    /// <summary>"…,” the agency said" or "…,” said the Carrow Valley Water Agency": an organisation named by the speech
    /// verb right after the quotation. "…,” a spokeswoman for the fund said" is the fund's; "…,” a spokesman said"
    /// someone's we cannot name.</summary>
    public (bool Spoke, string? Name) SpeakingAfter(string text, int spanEnd, int sentenceEnd)
    {
        var after = Word.Split(text, spanEnd, sentenceEnd).Take(10).ToList();
        var verbFirst = after.Count > 0 && SpeechVerbs.Quoting.Contains(after[0].Text);
        var at = verbFirst ? 1 : 0;
        var spokesperson = Spokesperson(after, at);
        if (spokesperson == 2 && (verbFirst || after.Skip(at + 2).Take(2).Any(word => SpeechVerbs.Quoting.Contains(word.Text))))
        {
            // "the spokesperson said" is the one the paragraph introduced ("A spokesperson for the Marlow Agricultural
            // Institute said …"); "a spokesman said" someone we cannot name.
            return (true, after[at].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? IntroducedSpokespersonFor(text, spanEnd) : null);
        }

        at += spokesperson;
        return At(after, at) is { } organisation
            && (verbFirst || after.Skip(at + organisation.Length).Take(2).Any(word => SpeechVerbs.Quoting.Contains(word.Text)))
            ? (true, organisation.Name) : default;
    }

    /// <summary>The organisation of the last "spokesperson for …" in the paragraph before <paramref name="end"/>, or null.</summary>
    private string? IntroducedSpokespersonFor(string text, int end)
    {
        var words = Word.Split(text, 0, end);
        for (var k = words.Count - 4; k >= 0; k--)
        {
            if (Spokesperson(words, k) == 3 && At(words, k + 3) is { Name: { } name })
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>How many words at <paramref name="index"/> say a spokesperson speaks: 3 for "a spokeswoman for" (the
    /// organisation follows), 2 for "a spokesman" alone, 0 when there is none.</summary>
    private static int Spokesperson(IReadOnlyList<Word> words, int index) =>
        index + 1 < words.Count && words[index].Text.ToLowerInvariant() is "a" or "an" or "the" && Spokespeople.Contains(words[index + 1].Text)
            ? index + 2 < words.Count && words[index + 2].Text is "for" or "of" or "at" ? 3 : 2
            : 0;

    /// <summary>An organisation as the subject of a speech verb before the quotation in its sentence ("The Ashcombe
    /// Library Trust, which trains the volunteers, said in a statement that it was “…”"). The short form ("the
    /// agency") counts only right before its verb, and neither after a preposition: "parents at the school said" is the
    /// parents speaking.</summary>
    public (bool Spoke, string? Name) SpeakingBefore(string text, int sentenceStart, int spanStart)
    {
        var words = Word.Split(text, sentenceStart, spanStart);
        for (var i = 0; i < words.Count; i++)
        {
            if (At(words, i) is { } organisation && (i == 0 || !SpeechVerbs.Prepositions.Contains(words[i - 1].Text) || (i >= 3 && Spokesperson(words, i - 3) == 3))
                && words.Skip(i + organisation.Length).Take(organisation.ShortForm ? 2 : words.Count).Any(word => SpeechVerbs.Quoting.Contains(word.Text)))
            {
                return (true, organisation.Name);
            }
        }

        return default;
    }

    private static string[] Parts(IReadOnlyList<Word> words, int start, int end) =>
        Enumerable.Range(start, end - start).Select(k => k == end - 1 ? words[k].Bare : words[k].Text).ToArray();

    /// <summary>"Pyle Homes withdrew its offer": a name whose verb is followed by "its" is a thing, not a person
    /// (people are "his" or "her"), whatever its last word.</summary>
    private static bool IsFollowedByIts(string text, IReadOnlyList<Word> words, int next) =>
        next + 1 < words.Count && !words[next].IsCapitalized && words[next + 1].Text.Equals("its", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(words[next - 1].End, words[next + 1].Start - words[next - 1].End).IndexOfAny(",;:.") < 0;

    /// <summary>The end of the longest stretch of the run, of two words or more, that ends in an organisation word.</summary>
    private static int LastOrganisationWord(IReadOnlyList<Word> words, int start, int run)
    {
        for (var end = start + run; end >= start + 2; end--)
        {
            if (SpeechVerbs.OrganisationWords.Contains(words[end - 1].Bare))
            {
                return end;
            }
        }

        return start;
    }

    /// <summary>Capitalized words in a row ("The" at the start is left out), at most <see cref="MaxWords"/>.</summary>
    private static int CapitalizedRun(string text, IReadOnlyList<Word> words, int index)
    {
        var run = 0;
        while (index + run < words.Count && run < MaxWords && words[index + run].IsCapitalized && !SpeechVerbs.NotNames.Contains(words[index + run].Bare)
            && (run == 0 || Adjoins(text, words[index + run - 1], words[index + run])))
        {
            run++;
        }

        return run;
    }

    /// <summary>One space between, and no possessive on the first: "Carrow Valley", not "Carrow, Valley" or "Carrow’s Valley".</summary>
    private static bool Adjoins(string text, Word previous, Word word) =>
        word.Start == previous.End + 1 && text[previous.End] == ' ' && previous.Bare == previous.Text;
}

/// <summary>An organisation named in running text: its full name (null when "the agency" could be two), how many
/// words name it, and whether it was the short form.</summary>
internal readonly record struct OrganisationMention(string? Name, int Length, bool ShortForm);
