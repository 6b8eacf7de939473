using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// The role or title the article gives each person, kept apart from the name, the first time it gives one, in the
/// three places English news writing puts it: a title or role noun right before the full name ("Mayor Ruth Adeyemi",
/// "dairy farmer Owen Tegid"), a description between a quoting verb and the name ("said pensioner Margaret Fell"),
/// or an appositive after the name that starts with an article ("Dr. Nadia Brennan, the school’s principal").
/// Courtesy titles (Mr, Dr…) are not roles. Each person also gets the aliases the article may call them by: title and
/// surname ("Mayor Adeyemi") and, when no one else holds it, the role ("the principal").
/// </summary>
internal static class SpeakerRoles
{
    /// <summary>Most words of a description before a name ("said library assistant Chloe Marsh").</summary>
    private const int MaxDescriptionWords = 3;

    /// <summary>Most words of an appositive read for a role ("Leon Farrant, the agency’s head of operations.").</summary>
    private const int MaxAppositiveWords = 8;

    private static readonly HashSet<string> CourtesyTitles = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "dr" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    public static IReadOnlyList<Speaker> WithRoles(IReadOnlyList<Speaker> speakers, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords)
    {
        var names = SpeakerNames.Of(speakers);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                for (var i = 0; i < words.Count; i++)
                {
                    var (speaker, length) = names.Match(words, i);
                    if (speaker is null || length != speaker.Split(' ').Length || length < 2)
                    {
                        continue;
                    }

                    if (!roles.ContainsKey(speaker) && (Before(text, words, i) ?? After(text, words, i + length)) is { } role)
                    {
                        roles[speaker] = role;
                    }

                    i += length - 1;
                }
            }
        }

        var heads = roles.Values.Select(role => role.Split(' ')[0]).ToList();
        return speakers.Select(speaker => roles.TryGetValue(speaker.Name, out var role)
            ? speaker with { Role = role, Aliases = [.. speaker.Aliases, .. AliasesOf(speaker.Name, role, heads)] }
            : speaker).ToList();
    }

    /// <summary>"Mayor Adeyemi" for a title; "the principal" when the role's first word is no one else's.</summary>
    private static IEnumerable<string> AliasesOf(string name, string role, List<string> heads)
    {
        var head = role.Split(' ')[0];
        if (SpeechVerbs.Titles.Contains(role))
        {
            yield return $"{char.ToUpperInvariant(role[0])}{role[1..]} {name.Split(' ')[^1]}";
        }

        if (heads.Count(other => other.Equals(head, StringComparison.OrdinalIgnoreCase)) == 1)
        {
            yield return $"the {role.ToLowerInvariant()}";
        }
    }

    /// <summary>The title or description right before the name at <paramref name="index"/>: lower-case words joined to
    /// it by single spaces, ending in a role noun or following a quoting verb; a title keeps its capital.</summary>
    private static string? Before(string text, IReadOnlyList<Word> words, int index)
    {
        if (index == 0 || !JoinedBySpace(text, words[index - 1], words[index]))
        {
            return null;
        }

        var previous = words[index - 1];
        if (SpeechVerbs.Titles.Contains(previous.Text) && !CourtesyTitles.Contains(previous.Text))
        {
            // "Mayor Ruth Adeyemi" as written; "said captain Nadia Okonjo" too, the title used as a description; and
            // titles that come together ("Detective Constable").
            var first = index - 1;
            while (first > 0 && JoinedBySpace(text, words[first - 1], words[first]) && SpeechVerbs.Titles.Contains(words[first - 1].Text)
                && !CourtesyTitles.Contains(words[first - 1].Text))
            {
                first--;
            }

            return string.Join(' ', Enumerable.Range(first, index - first).Select(k => words[k].Text));
        }

        var start = index;
        while (start > 0 && index - start < MaxDescriptionWords && JoinedBySpace(text, words[start - 1], words[start])
            && IsDescriptionWord(text, words[start - 1]))
        {
            start--;
        }

        if (start == index)
        {
            return null;
        }

        var afterVerb = start > 0 && SpeechVerbs.Quoting.Contains(words[start - 1].Text) && !words[start - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase);
        var description = Enumerable.Range(start, index - start).Select(k => words[k].Text.ToLowerInvariant()).ToList();
        if (!afterVerb)
        {
            // Without a verb before it, only a role noun and what leads up to it ("Orrin Vale manager", "dairy farmer").
            var cue = description.FindLastIndex(SpeechVerbs.PersonCues.Contains);
            if (cue != description.Count - 1)
            {
                return null;
            }
        }

        return string.Join(' ', description);
    }

    /// <summary>", the school’s principal" / ", a consultant at Brenhill General Hospital": the first role noun of an
    /// appositive starting with an article, with an "of" phrase after it ("head of operations").</summary>
    private static string? After(string text, IReadOnlyList<Word> words, int next)
    {
        if (next >= words.Count || !Word.CommaBetween(text, words[next - 1], words[next])
            || !Articles.Contains(words[next].Text))
        {
            return null;
        }

        for (var k = next + 1; k < words.Count && k <= next + MaxAppositiveWords; k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.ContainsAny(",.;:()"))
            {
                return null;
            }

            if (!words[k].IsCapitalized && SpeechVerbs.PersonCues.Contains(words[k].Text))
            {
                var ofPhrase = k + 2 < words.Count && words[k + 1].Text == "of" && !words[k + 2].IsCapitalized
                    && JoinedBySpace(text, words[k], words[k + 1]) && JoinedBySpace(text, words[k + 1], words[k + 2]);
                return ofPhrase ? $"{words[k].Text} of {words[k + 2].Text}" : words[k].Text;
            }
        }

        return null;
    }

    /// <summary>A lower-case word that can describe a person ("pensioner", "library", "assistant"), or a role noun that
    /// starts the sentence ("Striker"); not a verb of the reporting kind, an article or a preposition.</summary>
    private static bool IsDescriptionWord(string text, Word word) =>
        (!word.IsCapitalized || (StartsSentence(text, word) && SpeechVerbs.PersonCues.Contains(word.Text)))
        && !SpeechVerbs.Reporting.Contains(word.Text) && !SpeechVerbs.NotNames.Contains(word.Text) && !SpeechVerbs.Prepositions.Contains(word.Text)
        && !SpeechVerbs.Fillers.Contains(word.Text) && word.Text.All(char.IsLetter);

    private static bool JoinedBySpace(string text, Word first, Word second) => second.Start == first.End + 1 && text[first.End] == ' ';

    private static bool StartsSentence(string text, Word word)
    {
        var before = text.AsSpan(0, word.Start).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '“' or '"';
    }
}
