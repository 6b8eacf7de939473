using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Finds the people an article quotes or reports: runs of capitalized words that act as a person does (the subject
/// of a speech verb, or named after a role such as "founder"). Places and companies ("Silicon Valley", "Google")
/// rarely do either, which is what keeps them out. Each person gets the single words of their name as aliases,
/// since articles shorten "Liang Wenfeng" to "Liang" and "Jane Doe" to "Doe".
/// </summary>
public static class PersonNameFinder
{
    public static IReadOnlyList<Speaker> Find(IReadOnlyList<Paragraph> paragraphs) => Find(paragraphs, ParagraphWords.Of(paragraphs));

    internal static IReadOnlyList<Speaker> Find(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, ArticleMetadata? metadata = null)
    {
        var fullNames = new List<string>();
        var candidates = new List<string>();
        var singleSpeakers = new List<string>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                for (var i = 0; i < words.Count; i++)
                {
                    var run = NameRunAt(paragraph.Text, words, i);
                    if (run == 0)
                    {
                        continue;
                    }

                    // "of Orchard Row", "in Varrow Bay": a name after a preposition is a place (but "according to
                    // Leon Farrant" names a source).
                    if (IsOrganisation(words, i, run) || (i > 0 && SpeechVerbs.Prepositions.Contains(words[i - 1].Text) && !IsAccordingTo(words, i - 1)))
                    {
                        i += run - 1;
                        continue;
                    }

                    // A title before a name ("Mayor Helen Dunmore", "Councillor Tom Whitaker", "Mayor Okoro") is not part of it,
                    // nor is a role capitalized only because it starts the sentence ("Striker Lily Farraday").
                    // Titles can come two together ("Detective Constable Rhiannon Price"): the name is what follows them all.
                    while (run >= 2 && (SpeechVerbs.Titles.Contains(words[i].Bare) || SpeechVerbs.PersonCues.Contains(words[i].Bare)))
                    {
                        i++;
                        run = NameRunAt(paragraph.Text, words, i);
                    }

                    var name = string.Join(' ', words.Skip(i).Take(run).Select((word, k) => k == run - 1 ? word.Bare : word.Text));

                    var (_, describedAsPerson) = Appositive(paragraph.Text, words, i + run);
                    var actsAsPerson = describedAsPerson || (run >= 2 && (IsDescribedAsAgent(paragraph.Text, words, i + run) || IsFollowedByWho(paragraph.Text, words, i + run)))
                        || IsPrecededByCue(words, i) || IsNamedBySpeechVerb(paragraph.Text, words, i)
                        || IsFollowedBySpeech(paragraph.Text, words, i + run, SpeechVerbs.Reporting);
                    if (run >= 2 && actsAsPerson && !fullNames.Contains(name))
                    {
                        fullNames.Add(name);
                    }
                    else if (run >= 2 && !candidates.Contains(name))
                    {
                        candidates.Add(name);
                    }
                    else if (run == 1 && (IsFollowedBySpeech(paragraph.Text, words, i + 1, SpeechVerbs.Quoting) || IsNamedBySpeechVerb(paragraph.Text, words, i))
                        && !singleSpeakers.Contains(name))
                    {
                        singleSpeakers.Add(name);
                    }

                    i += run - 1;
                }
            }
        }

        // A full name introduced without a cue ("Arthur Dunmore, 81, who…") is a person once a speech verb names them
        // by surname ("said Mr Dunmore", "Farraday said"); without this the quotation went to whoever spoke before.
        foreach (var single in singleSpeakers)
        {
            if (candidates.Where(candidate => candidate.Split(' ')[^1] == single).ToList() is [var person] && !fullNames.Contains(person))
            {
                fullNames.Add(person);
            }
        }

        // An interview's two people speak in every turn, though the introduction may never give them a speech verb.
        if (InterviewTranscript.Read(paragraphs, paragraphWords, metadata) is { } transcript)
        {
            fullNames.AddRange(new[] { transcript.Interviewee, transcript.Interviewer }.OfType<string>().Concat(transcript.Named).Distinct().Where(person => !fullNames.Contains(person)));
        }

        // A lone surname that belongs to a full name is that person, not someone new; one that two full names share
        // ("Reyes" for Tom and Ana Reyes) is one of them, which the attribution tells apart or leaves unsure.
        var speakers = fullNames.Select(name => new Speaker(name, AliasesOf(name, fullNames))).ToList();
        speakers.AddRange(singleSpeakers
            .Where(single => !speakers.Any(speaker => speaker.Name.Split(' ').Contains(single)))
            .Select(single => new Speaker(single, [])));
        return speakers;
    }

    /// <summary>The ranges of a paragraph that are not inside double quotation marks.</summary>
    public static IReadOnlyList<(int Start, int End)> OutsideQuotations(string text) => OutsideQuotations(text, QuotationFinder.Find(text));

    /// <summary>The same, given the quotations <see cref="QuotationFinder.Find"/> already found in <paramref name="text"/>.</summary>
    internal static IReadOnlyList<(int Start, int End)> OutsideQuotations(string text, IReadOnlyList<QuotationSpan> quotations)
    {
        var ranges = new List<(int, int)>();
        var position = 0;
        foreach (var span in quotations)
        {
            var (offset, length) = span.Outer.GetOffsetAndLength(text.Length);
            if (offset > position)
            {
                ranges.Add((position, offset));
            }

            position = offset + length;
        }

        if (position < text.Length)
        {
            ranges.Add((position, text.Length));
        }

        return ranges;
    }

    private static IReadOnlyList<string> AliasesOf(string name, IReadOnlyList<string> allNames)
    {
        var parts = name.Split(' ');
        return parts
            .Where(part => part.Length > 1 && !SpeechVerbs.NotNames.Contains(part))
            .Where(part => allNames.Count(other => other.Split(' ').Contains(part)) == 1)
            .ToList();
    }

    /// <summary>How many capitalized words, separated only by single spaces, start at <paramref name="index"/> (at most 3).</summary>
    internal static int NameRunAt(string text, IReadOnlyList<Word> words, int index)
    {
        var run = 0;
        while (index + run < words.Count && run < 3)
        {
            var word = words[index + run];
            if (!word.IsCapitalized || SpeechVerbs.NotNames.Contains(word.Bare) || word.Text.Contains('-'))
            {
                break;
            }

            if (run > 0)
            {
                var previous = words[index + run - 1];
                if (word.Start != previous.End + 1 || text[previous.End] != ' ' || previous.Bare != previous.Text)
                {
                    break;
                }
            }

            run++;
        }

        return run;
    }

    /// <summary>True when a speech verb follows, directly or after an appositive ("Tom Reyes, an engineer, said").</summary>
    internal static bool IsFollowedBySpeech(string text, IReadOnlyList<Word> words, int next, IReadOnlySet<string> verbs)
    {
        var (afterAppositive, _) = Appositive(text, words, next);
        return VerbFollows(words, next, verbs) || (afterAppositive != next && VerbFollows(words, afterAppositive, verbs));
    }

    /// <summary>A short comma-enclosed phrase starting at <paramref name="next"/>: where it ends, and whether it
    /// describes a person (", the mayor,").</summary>
    private const int MaxAppositiveWords = 10;

    internal static (int Next, bool NamesARole) Appositive(string text, IReadOnlyList<Word> words, int next)
    {
        if (next <= 0 || next >= words.Count || !text.AsSpan()[words[next - 1].End..words[next].Start].Contains(','))
        {
            return (next, false);
        }

        for (var k = next; k < words.Count - 1 && k < next + MaxAppositiveWords; k++)
        {
            if (text.AsSpan()[words[k].End..words[k + 1].Start].Contains(','))
            {
                var phrase = words.Skip(next).Take(k - next + 1).ToList();
                return (k + 1, phrase.Any(word => SpeechVerbs.PersonCues.Contains(word.Bare)));
            }
        }

        return (next, false);
    }

    /// <summary>Endings of English agent nouns, the one who does something ("harbourmaster", "sailor", "florist",
    /// "librarian", "fisherman").</summary>
    private static readonly string[] AgentEndings = ["er", "or", "ist", "ian", "eer", "man", "woman", "person"];

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>"Pieter Vance, the harbourmaster, has a picture his grandfather took": an appositive of an article and
    /// an agent noun, and he or she (his, her) used after it, say the name is a person's though no role word or speech
    /// verb does. Both are asked for, since a place can have an appositive ("Varrow Bay, the harbour") but is "it".</summary>
    private static bool IsDescribedAsAgent(string text, IReadOnlyList<Word> words, int next)
    {
        var (after, _) = Appositive(text, words, next);
        if (after == next || !Articles.Contains(words[next].Text))
        {
            return false;
        }

        var head = words[after - 1];
        return !head.IsCapitalized && AgentEndings.Any(ending => head.Text.Length > ending.Length + 2 && head.Text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            && words.Skip(after).Any(word => SpeechVerbs.Pronouns.Contains(word.Text));
    }

    private static bool VerbFollows(IReadOnlyList<Word> words, int next, IReadOnlySet<string> verbs)
    {
        for (var k = next; k < words.Count && k < next + 4; k++)
        {
            if (verbs.Contains(words[k].Text))
            {
                return true;
            }

            if (!SpeechVerbs.Fillers.Contains(words[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the Eastside Business Association" or "Calder Group": the article or an organisation word says
    /// it is not a person, even when it "said" something.</summary>
    internal static bool IsOrganisation(IReadOnlyList<Word> words, int index, int run) =>
        (index > 0 && words[index - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        || SpeechVerbs.OrganisationWords.Contains(words[index + run - 1].Bare);

    /// <summary>"…,” said pensioner Margaret Fell": a quoting verb, then at most a few lowercase words describing
    /// the speaker, then the name; or reported speech, "according to Leon Farrant".</summary>
    private static bool IsNamedBySpeechVerb(string text, IReadOnlyList<Word> words, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            // The verb must be in the name's own sentence: in "…,” she said. Beside her, Wren nodded." "Beside" is not named.
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).ContainsAny(".!?"))
            {
                return false;
            }

            if (IsAccordingTo(words, k))
            {
                return true;
            }

            if (SpeechVerbs.Quoting.Contains(words[k].Text))
            {
                return true;
            }

            // "said Mr Dunmore": a courtesy title between is part of naming the person.
            if (SpeechVerbs.Titles.Contains(words[k].Bare))
            {
                continue;
            }

            // A preposition or article between ("told reporters at City Hall") means the name is a place.
            if ((words[k].IsCapitalized && !SpeechVerbs.Titles.Contains(words[k].Bare)) || SpeechVerbs.NotNames.Contains(words[k].Bare))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Grace Ellery, whose family has farmed…", "Tom Hale, who…": English uses who and whose of people
    /// (a thing takes "which"), so a full name with such a relative clause is a person's.</summary>
    private static bool IsFollowedByWho(string text, IReadOnlyList<Word> words, int next) =>
        next > 0 && next < words.Count && words[next].Text is "who" or "whose" or "whom"
        && Word.CommaBetween(text, words[next - 1], words[next]);

    /// <summary>"according to" ending at word <paramref name="k"/>: what follows is the source of what was said.</summary>
    internal static bool IsAccordingTo(IReadOnlyList<Word> words, int k) =>
        k >= 1 && words[k].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && words[k - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase);

    private static bool IsPrecededByCue(IReadOnlyList<Word> words, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (SpeechVerbs.PersonCues.Contains(words[k].Bare))
            {
                return true;
            }
        }

        return false;
    }
}
