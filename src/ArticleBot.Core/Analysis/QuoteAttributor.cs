using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Finds an article's quotations and who said each, reading it in order as a person would:
/// a speech verb next to the quotation names the speaker ("…,” Liang explained); a quotation standing alone as a
/// paragraph is the most recently mentioned person's; "he" or "she" is the most recently mentioned person.
/// Names inside quotations are never speakers (a quotation that names OpenAI is not OpenAI's).
/// Sentences where a person is the subject of a reporting verb become paraphrases attributed to that person.
/// </summary>
public static class QuoteAttributor
{
    /// <summary>Shorter quoted text without a speech verb is a scare quote or a term (“disruptor”), not a quotation.</summary>
    private const int MinimumQuotationWords = 4;

    public static IReadOnlyList<Quote> Attribute(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers) =>
        Attribute(paragraphs, speakers, ParagraphWords.Of(paragraphs));

    internal static IReadOnlyList<Quote> Attribute(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers, IReadOnlyList<ParagraphWords> paragraphWords)
    {
        var quotes = new List<Quote>();
        var names = SpeakerNames.Of(speakers);
        string? lastMentioned = null;
        var sexes = SexesOf(paragraphs, paragraphWords, names);
        var roles = RolesOf(paragraphs, speakers);
        var recent = new List<string>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var text = paragraph.Text;
            var spans = paragraphWords[p].Quotations;
            if (spans.Count == 1 && QuotationFinder.IsStandalone(text, spans[0]) && Word.Count(text.AsSpan()[spans[0].Inner]) >= MinimumQuotationWords)
            {
                quotes.Add(new Quote(paragraph.Number, text[spans[0].Inner].Trim(), lastMentioned, Standalone: true));
                continue;
            }

            var sentences = SentenceSplitter.Split(text);
            foreach (var sentence in sentences)
            {
                var (sentenceStart, sentenceLength) = sentence.GetOffsetAndLength(text.Length);
                var sentenceEnd = sentenceStart + sentenceLength;
                var inSentence = spans.Where(span => EndOf(span, text) > sentenceStart && EndOf(span, text) <= sentenceEnd).ToList();
                var mentions = Mentions(text, sentenceStart, sentenceEnd, paragraphWords[p], names, lastMentioned, sexes, recent, roles);

                foreach (var span in inSentence)
                {
                    // A quotation is handled with the sentence it ends in, but may have begun sentences earlier
                    // ("“We will close it. It is not safe,” she said"): the words before it are those of its own first
                    // sentence.
                    var explicitSpeaker = ExplicitSpeaker(text, span, StartOfSentenceAt(sentences, text.Length, span.Outer.GetOffsetAndLength(text.Length).Offset), sentenceEnd, mentions);
                    var quoted = text[span.Inner].Trim();
                    if (explicitSpeaker is null && WordCount(quoted) < MinimumQuotationWords)
                    {
                        continue;
                    }

                    var (spanStart, _) = span.Outer.GetOffsetAndLength(text.Length);
                    if (explicitSpeaker is null && !mentions.Any(mention => mention.Start < spanStart) && SpokenByOrganisation(text, Math.Min(sentenceStart, spanStart), spanStart))
                    {
                        // "The Ashcombe Library Trust said in a statement that it was “…”": the organisation's words, not
                        // the last person's. Left unattributed rather than given to the wrong speaker.
                        quotes.Add(new Quote(paragraph.Number, TrimTrailingComma(quoted), null));
                        continue;
                    }

                    var speaker = explicitSpeaker
                        ?? mentions.LastOrDefault(mention => mention.Start < spanStart).Speaker
                        ?? lastMentioned;
                    quotes.Add(new Quote(paragraph.Number, TrimTrailingComma(quoted), speaker));
                }

                if (inSentence.Count == 0)
                {
                    var reporter = mentions.FirstOrDefault(mention => mention.Reports);
                    if (reporter.Speaker is not null)
                    {
                        quotes.Add(new Quote(paragraph.Number, text[sentence].Trim(), reporter.Speaker, IsParaphrase: true));
                    }
                }

                if (mentions.Count > 0)
                {
                    lastMentioned = mentions[^1].Speaker;
                }
            }
        }

        return quotes;
    }

    private readonly record struct Mention(int Start, int End, string Speaker, bool Reports);

    /// <summary>People mentioned outside quotation marks within a sentence, in order, pronouns resolved.</summary>
    private static List<Mention> Mentions(string text, int start, int end, ParagraphWords paragraphWords, SpeakerNames speakers, string? lastMentioned, Dictionary<string, char> sexes, List<string> recent, Dictionary<string, string> roles)
    {
        var mentions = new List<Mention>();
        var current = lastMentioned;
        for (var k = 0; k < paragraphWords.Outside.Count; k++)
        {
            var (outsideStart, outsideEnd) = paragraphWords.Outside[k];
            var from = Math.Max(start, outsideStart);
            var to = Math.Min(end, outsideEnd);
            if (from >= to)
            {
                continue;
            }

            var words = paragraphWords.WordsBetween(k, from, to);
            for (var i = 0; i < words.Count; i++)
            {
                var (speaker, length) = MatchSpeaker(words, i, speakers);
                if (speaker is null && i + 1 < words.Count && words[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                    && roles.TryGetValue(words[i + 1].Bare, out var holder))
                {
                    // "the principal said": the one person the article described as its principal.
                    (speaker, length) = (holder, 2);
                }

                if (speaker is null && SpeechVerbs.Pronouns.Contains(words[i].Text) && current is not null)
                {
                    speaker = PronounReferent(words[i].Text, current, sexes, recent);
                    length = 1;
                    if (speaker is null)
                    {
                        continue;
                    }
                }

                if (speaker is null)
                {
                    continue;
                }

                var reports = PersonNameFinder.IsFollowedBySpeech(text, words, i + length, SpeechVerbs.Reporting)
                    && (length > 1 || !SpeechVerbs.Pronouns.Contains(words[i].Text) || SpeechVerbs.SubjectPronouns.Contains(words[i].Text));
                mentions.Add(new Mention(words[i].Start, words[i + length - 1].End, speaker, reports));
                current = speaker;
                recent.Remove(speaker);
                recent.Add(speaker);
                i += length - 1;
            }
        }

        return mentions;
    }

    /// <summary>"she" is the latest person not shown to be a man — not the nearest
    /// name when that is a man's. Null when nobody fits: unattributed rather than wrong.</summary>
    private static string? PronounReferent(string pronoun, string current, Dictionary<string, char> sexes, List<string> recent)
    {
        var sex = PronounSex(pronoun);
        if (!sexes.TryGetValue(current, out var known) || known == sex)
        {
            return current;
        }

        for (var k = recent.Count - 1; k >= 0; k--)
        {
            if (!sexes.TryGetValue(recent[k], out var other) || other == sex)
            {
                return recent[k];
            }
        }

        return null;
    }

    private static char PronounSex(string pronoun) =>
        pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("her", StringComparison.OrdinalIgnoreCase) ? 'f' : 'm';

    /// <summary>A person's sex as the text shows it: Mr./Mrs./Ms. before their name, or he/she used in a paragraph
    /// that names only them (outside quotations). Nobody's sex is guessed from the name itself.</summary>
    private static Dictionary<string, char> SexesOf(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, SpeakerNames names)
    {
        var votes = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            var pronounSexes = new HashSet<char>();
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                for (var i = 0; i < words.Count; i++)
                {
                    var (speaker, length) = names.Match(words, i);
                    if (speaker is not null)
                    {
                        named.Add(speaker);
                        if (i > 0 && words[i - 1].Bare is var title && (title.Equals("Mr", StringComparison.OrdinalIgnoreCase) || title.Equals("Mrs", StringComparison.OrdinalIgnoreCase) || title.Equals("Ms", StringComparison.OrdinalIgnoreCase)))
                        {
                            (votes.TryGetValue(speaker, out var set) ? set : votes[speaker] = []).Add(title.Equals("Mr", StringComparison.OrdinalIgnoreCase) ? 'm' : 'f');
                        }

                        i += length - 1;
                    }
                    else if (SpeechVerbs.Pronouns.Contains(words[i].Text))
                    {
                        pronounSexes.Add(PronounSex(words[i].Text));
                    }
                }
            }

            if (named.Count == 1 && pronounSexes.Count == 1)
            {
                var only = named.Single();
                (votes.TryGetValue(only, out var set) ? set : votes[only] = []).Add(pronounSexes.Single());
            }
        }

        return votes.Where(vote => vote.Value.Count == 1).ToDictionary(vote => vote.Key, vote => vote.Value.Single(), StringComparer.Ordinal);
    }

    /// <summary>Roles the article gives a named person ("Nadia Brennan, the school’s principal", "Mayor Helen
    /// Dunmore"); a role given to two people resolves to neither.</summary>
    private static Dictionary<string, string> RolesOf(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in paragraphs)
        {
            foreach (var speaker in speakers)
            {
                var name = System.Text.RegularExpressions.Regex.Escape(speaker.Name);
                var after = System.Text.RegularExpressions.Regex.Matches(paragraph.Text, name + @",\s+the\s+(?:[\w’']+\s+){0,3}?(\w+)[,.;]");
                var before = System.Text.RegularExpressions.Regex.Matches(paragraph.Text, @"\b(\w+)\s+" + name);
                foreach (var role in after.Concat(before).Select(match => match.Groups[1].Value).Where(role => SpeechVerbs.PersonCues.Contains(role) && !SpeechVerbs.NotNames.Contains(role)))
                {
                    (found.TryGetValue(role, out var set) ? set : found[role] = new HashSet<string>(StringComparer.Ordinal)).Add(speaker.Name);
                }
            }
        }

        return found.Where(role => role.Value.Count == 1).ToDictionary(role => role.Key, role => role.Value.Single(), StringComparer.OrdinalIgnoreCase);
    }

    private static (string? Speaker, int Length) MatchSpeaker(IReadOnlyList<Word> words, int index, SpeakerNames speakers) =>
        speakers.Match(words, index);

    /// <summary>
    /// The article's speakers, looked up by the word at hand instead of compared one by one with every word of the
    /// text. Answers exactly as a pass over the list in order would: the first speaker whose whole name starts at
    /// the word (the last word of the name may carry a possessive), else the first with the word as an alias.
    /// </summary>
    private sealed class SpeakerNames
    {
        private readonly IReadOnlyList<Speaker> _speakers;
        private readonly string[][] _parts;
        private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byOnlyWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byAlias = new(StringComparer.Ordinal);

        private SpeakerNames(IReadOnlyList<Speaker> speakers)
        {
            _speakers = speakers;
            _parts = speakers.Select(speaker => speaker.Name.Split(' ')).ToArray();
            for (var s = 0; s < _parts.Length; s++)
            {
                if (_parts[s].Length == 1)
                {
                    _byOnlyWord.TryAdd(_parts[s][0], s);
                }
                else
                {
                    (_byFirstWord.TryGetValue(_parts[s][0], out var list) ? list : _byFirstWord[_parts[s][0]] = []).Add(s);
                }

                foreach (var alias in speakers[s].Aliases)
                {
                    _byAlias.TryAdd(alias, s);
                }
            }
        }

        public static SpeakerNames Of(IReadOnlyList<Speaker> speakers) => new(speakers);

        public (string? Speaker, int Length) Match(IReadOnlyList<Word> words, int index)
        {
            var word = words[index];
            var bare = word.Bare;
            var best = _byOnlyWord.TryGetValue(bare, out var only) ? only : int.MaxValue;
            if (_byFirstWord.TryGetValue(word.Text, out var candidates))
            {
                foreach (var s in candidates)
                {
                    if (s > best)
                    {
                        break;
                    }

                    if (index + _parts[s].Length <= words.Count && MatchesName(words, index, _parts[s]))
                    {
                        best = s;
                        break;
                    }
                }
            }

            if (best != int.MaxValue)
            {
                return (_speakers[best].Name, _parts[best].Length);
            }

            return _byAlias.TryGetValue(bare, out var aliased) ? (_speakers[aliased].Name, 1) : (null, 0);
        }
    }

    /// <summary>Every word of the name in order, the last one allowed a possessive ("Liang Wenfeng’s").</summary>
    private static bool MatchesName(IReadOnlyList<Word> words, int index, string[] parts)
    {
        var last = parts.Length - 1;
        for (var k = 0; k < last; k++)
        {
            if (words[index + k].Text != parts[k])
            {
                return false;
            }
        }

        return words[index + last].BareEquals(parts[last]);
    }

    /// <summary>A speaker named by a speech verb right after the quotation (",” Liang explained" / "said Liang")
    /// or right before it ("Liang said: “…”").</summary>
    private static string? ExplicitSpeaker(string text, QuotationSpan span, int sentenceStart, int sentenceEnd, List<Mention> mentions)
    {
        var (offset, length) = span.Outer.GetOffsetAndLength(text.Length);
        var after = FirstWords(text, offset + length, sentenceEnd, 5);
        if (after.Any(word => SpeechVerbs.Quoting.Contains(word.Text)))
        {
            var limit = after.Count > 0 ? after[^1].End : offset + length;
            var speaker = mentions.FirstOrDefault(mention => mention.Start >= offset + length && mention.Start <= limit).Speaker;
            if (speaker is not null)
            {
                return speaker;
            }
        }

        var before = Word.Split(text, sentenceStart, offset).TakeLast(6).ToList();
        if (before.Any(word => SpeechVerbs.Quoting.Contains(word.Text)))
        {
            return mentions.LastOrDefault(mention => mention.End <= offset && before.Count > 0 && mention.Start >= before[0].Start).Speaker;
        }

        return null;
    }

    /// <summary>A capitalized name ending in an organisation word (Trust, Council, Agency…) and a speech verb
    /// before the quotation in its sentence.</summary>
    private static bool SpokenByOrganisation(string text, int sentenceStart, int spanStart)
    {
        var words = Word.Split(text, sentenceStart, spanStart).ToList();
        var organisation = words.FindIndex(word => word.IsCapitalized && SpeechVerbs.OrganisationWords.Contains(word.Bare) && words.IndexOf(word) > 0 && words[words.IndexOf(word) - 1].IsCapitalized);
        return organisation >= 0 && words.Skip(organisation + 1).Any(word => SpeechVerbs.Quoting.Contains(word.Text));
    }

    private static int StartOfSentenceAt(IReadOnlyList<Range> sentences, int textLength, int offset)
    {
        var start = 0;
        foreach (var sentence in sentences)
        {
            var (sentenceStart, _) = sentence.GetOffsetAndLength(textLength);
            if (sentenceStart > offset)
            {
                break;
            }

            start = sentenceStart;
        }

        return Math.Min(start, offset);
    }

    private static int EndOf(QuotationSpan span, string text)
    {
        var (offset, length) = span.Outer.GetOffsetAndLength(text.Length);
        return offset + length;
    }

    private static int WordCount(string text) => Word.Count(text);

    private static List<Word> FirstWords(string text, int start, int end, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var words = new List<Word>(count);
        for (var position = start; words.Count < count && Word.TryNext(text, ref position, end, out var word);)
        {
            words.Add(word);
        }

        return words;
    }

    private static string TrimTrailingComma(string quoted) => quoted.EndsWith(',') ? quoted[..^1] : quoted;
}
