using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Finds an article's quotations and who said each, reading it in order as a person would:
/// a speech verb next to the quotation names the speaker ("…,” Liang explained); a quotation standing alone as a
/// paragraph is the most recently mentioned person's, or, when it reopens one left open, that one's speaker; "he" or
/// "she" is the latest person the text does not show to be of the other sex; an organisation's statement is the
/// organisation's; each turn of an interview transcript is its speaker's.
/// Names inside quotations are never speakers (a quotation that names OpenAI is not OpenAI's).
/// Sentences where a person is the subject of a reporting verb become paraphrases attributed to that person.
/// When the text leaves the speaker unsure, the quotation is unattributed rather than given to the wrong person.
/// </summary>
public static class QuoteAttributor
{
    /// <summary>Shorter quoted text without a speech verb is a scare quote or a term (“disruptor”), not a quotation.</summary>
    private const int MinimumQuotationWords = 4;

    public static IReadOnlyList<Quote> Attribute(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers) =>
        Attribute(paragraphs, speakers, ParagraphWords.Of(paragraphs));

    internal static IReadOnlyList<Quote> Attribute(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers, IReadOnlyList<ParagraphWords> paragraphWords, ArticleMetadata? metadata = null, ArticleSpeakers? people = null)
    {
        var quotes = new List<Quote>();
        var names = people?.Names ?? SpeakerNames.Of(speakers);
        string? lastMentioned = null;
        people ??= ArticleSpeakers.Of(paragraphs, paragraphWords, speakers, names);
        var recent = new List<string>();
        // The people the latest sentence naming anyone named: "she" after "Ann Lee and Kim Reyes met…" could be either.
        var lastGroup = new List<string>();
        var transcript = InterviewTranscript.Read(paragraphs, paragraphWords, metadata);
        Quote? leftOpen = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var text = paragraph.Text;
            var spans = paragraphWords[p].Quotations;
            var turnStart = 0;

            // A quotation running over paragraphs leaves each but the last open and reopens the next with a quote mark
            // (Chicago Manual of Style 13.30): the reopened one is still the same speaker's, whoever was named since.
            // Within a paragraph, a quotation with no attribution of its own continues the previous one, unless a
            // sentence between them names someone else.
            Quote? carried = leftOpen is not null && spans.Count > 0 && spans[0].Outer.GetOffsetAndLength(text.Length).Offset == 0 ? leftOpen : null;
            leftOpen = null;
            var namedSince = false;
            if (transcript?.Turns[p] is { } turn)
            {
                // The whole turn is its speaker's quotation. He or she in it is someone the turn itself names, never the
                // interviewer or interviewee (they are "I" and "you"), so what came before the turn is forgotten.
                quotes.Add(new Quote(paragraph.Number, text[turn.TextStart..].Trim(), transcript.SpeakerOf(turn, names), Standalone: true));
                (lastMentioned, turnStart, carried) = (null, turn.TextStart, null);
                recent.Clear();
                lastGroup.Clear();
            }
            else if (spans.Count == 1 && QuotationFinder.IsStandalone(text, spans[0]) && Word.Count(text.AsSpan()[spans[0].Inner]) >= MinimumQuotationWords)
            {
                var standalone = new Quote(paragraph.Number, text[spans[0].Inner].Trim(), carried?.Speaker ?? lastMentioned, Standalone: true, ByOrganisation: carried?.ByOrganisation ?? false);
                quotes.Add(standalone);
                leftOpen = IsLeftOpen(text, spans[0]) ? standalone : null;
                continue;
            }

            var sentences = SentenceSplitter.Split(text);
            foreach (var sentence in sentences)
            {
                var (sentenceStart, sentenceLength) = sentence.GetOffsetAndLength(text.Length);
                var sentenceEnd = sentenceStart + sentenceLength;
                var inSentence = spans.Where(span => EndOf(span, text) > sentenceStart && EndOf(span, text) <= sentenceEnd).ToList();
                var mentions = Mentions(text, Math.Max(sentenceStart, turnStart), Math.Max(sentenceEnd, turnStart), paragraphWords[p], people, lastMentioned, recent, lastGroup);

                foreach (var span in inSentence)
                {
                    // A quotation is handled with the sentence it ends in, but may have begun sentences earlier
                    // ("“We will close it. It is not safe,” she said"): the words before it are those of its own first
                    // sentence.
                    var named = ExplicitSpeaker(text, span, StartOfSentenceAt(sentences, text.Length, span.Outer.GetOffsetAndLength(text.Length).Offset), sentenceEnd, mentions);
                    var quoted = text[span.Inner].Trim();
                    if (named is null && WordCount(quoted) < MinimumQuotationWords)
                    {
                        continue;
                    }

                    var (spanStart, _) = span.Outer.GetOffsetAndLength(text.Length);
                    var organisation = named is not null ? default
                        : people.Organisations.SpeakingAfter(text, EndOf(span, text), sentenceEnd) is { Spoke: true } after ? after
                        : !mentions.Any(mention => mention.Start < spanStart) ? people.Organisations.SpeakingBefore(text, Math.Min(sentenceStart, spanStart), spanStart)
                        : default;
                    Quote quote;
                    if (organisation.Spoke)
                    {
                        // "The Ashcombe Library Trust said in a statement that it was “…”", "…,” the agency said": the
                        // organisation's words, never the last person's; unattributed when "the agency" could be two.
                        quote = new Quote(paragraph.Number, TrimTrailingComma(quoted), organisation.Name, ByOrganisation: organisation.Name is not null);
                    }
                    else if (named is null && !mentions.Any(mention => mention.Start < spanStart) && carried is not null && !namedSince)
                    {
                        quote = carried with { Text = TrimTrailingComma(quoted), Paragraph = paragraph.Number, Standalone = false };
                    }
                    else
                    {
                        // A name next to the verb that could be two people leaves the quotation unattributed.
                        // A speech verb right after the quotation whose subject is no one the article names ("…,”
                        // said a neighbour") says someone else spoke: unattributed, never the person named before.
                        var before = mentions.FindLastIndex(mention => mention.Start < spanStart);
                        var speaker = named is { } mention ? mention.Speaker
                            : HasSpeechVerbAfter(text, span, sentenceEnd) ? null
                            : before >= 0 ? mentions[before].Speaker
                            : lastMentioned;
                        quote = new Quote(paragraph.Number, TrimTrailingComma(quoted), speaker);
                    }

                    quotes.Add(quote);
                    carried = quote;
                    leftOpen = IsLeftOpen(text, span) ? quote : null;
                }

                // The names in a quotation's own sentence are its attribution ("said Tegid, who farms next to Beatrice
                // Lamb"); a sentence without one that names someone is a new subject.
                namedSince = inSentence.Count == 0 ? namedSince || mentions.Count > 0 : false;
                // A sentence that opens a quotation ending in a later sentence ("She said: “I have mopped out my shop
                // three times. I care that it stops.”") is that quotation's attribution, not reported speech.
                if (inSentence.Count == 0 && !spans.Any(span => span.Outer.GetOffsetAndLength(text.Length).Offset is var start && start >= sentenceStart && start < sentenceEnd))
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
                    lastGroup = mentions.Select(mention => mention.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                }
            }
        }

        return quotes;
    }

    /// <summary>A person named in the text; <paramref name="Speaker"/> is null when the words could name two people
    /// ("Reyes" for Tom and Ana Reyes), so that a quotation they attribute is left unattributed.</summary>
    private readonly record struct Mention(int Start, int End, string? Speaker, bool Reports);

    /// <summary>People mentioned outside quotation marks within a sentence, in order, pronouns resolved.</summary>
    private static List<Mention> Mentions(string text, int start, int end, ParagraphWords paragraphWords, ArticleSpeakers people, string? lastMentioned, List<string> recent, List<string> lastGroup)
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
                if (people.Organisations.At(words, i) is { ShortForm: false } organisation)
                {
                    // "Pyle Homes withdrew its offer" names the company, not Gareth Pyle.
                    i += organisation.Length - 1;
                    continue;
                }

                var (speaker, length) = people.Names.Match(words, i);
                var unsure = false;
                if (speaker is not null && IsAnotherGivenName(text, start, words, i, length, speaker))
                {
                    // "My wife, Catrin Mallory, …" where the article knows Fergus Mallory: the surname is shared, the
                    // person is not. Someone is named, but not one of the speakers: unattributed, never Fergus.
                    (speaker, unsure, length) = (null, true, 2);
                    i--;
                }

                if (speaker is null && !unsure && i + 1 < words.Count && words[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                    && people.Roles.TryGetValue(words[i + 1].Bare, out var holder))
                {
                    // "the principal said": the one person the article described as its principal.
                    (speaker, length) = (holder, 2);
                }

                if (speaker is null && !unsure && i + 1 < words.Count && words[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                    && people.SharedRoles.Contains(words[i + 1].Bare))
                {
                    // "the councillor said" when the article has two councillors: someone spoke, but not one we can name.
                    (length, unsure) = (2, true);
                }

                if (speaker is null && !unsure && people.Names.Sharing(words[i]) is { Count: > 0 } sharing)
                {
                    // "Mrs. Reyes said": the one of them the title's sex fits, if the text has shown their sexes.
                    var sex = i > 0 ? ArticleSpeakers.TitleSex(words[i - 1].Bare) : null;
                    var fitting = sharing.Where(person => sex is not null && people.Sexes.TryGetValue(person, out var known) && known == sex).ToList();
                    (speaker, length, unsure) = fitting.Count == 1 ? (fitting[0], 1, false) : (null, 1, true);
                }

                if (speaker is null && !unsure && SpeechVerbs.Pronouns.Contains(words[i].Text) && current is not null)
                {
                    var group = mentions.Count > 0 ? mentions.Select(mention => mention.Speaker).OfType<string>().ToList() : lastGroup;
                    speaker = PronounReferent(words[i].Text, current, people.Sexes, recent, group);
                    length = 1;
                    if (speaker is null && !SpeechVerbs.SubjectPronouns.Contains(words[i].Text))
                    {
                        continue;
                    }

                    // "she said" that could be two people, or no one known, still says someone spoke: a mention
                    // without a name, so the quotation is left unattributed rather than given to a name before it.
                    unsure = speaker is null;
                }

                if (speaker is null && !unsure)
                {
                    continue;
                }

                var reports = (PersonNameFinder.IsFollowedBySpeech(text, words, i + length, SpeechVerbs.Reporting)
                    && (length > 1 || !SpeechVerbs.Pronouns.Contains(words[i].Text) || SpeechVerbs.SubjectPronouns.Contains(words[i].Text)))
                    || PersonNameFinder.IsAccordingTo(words, i - 1);
                mentions.Add(new Mention(words[i].Start, words[i + length - 1].End, speaker, reports));
                current = speaker;
                if (speaker is not null)
                {
                    recent.Remove(speaker);
                    recent.Add(speaker);
                }

                i += length - 1;
            }
        }

        return mentions;
    }

    /// <summary>"she" is the latest person not shown to be a man — not the nearest
    /// name when that is a man's. Null when nobody fits, or when the latest person's sex is unknown and someone named
    /// with them (<paramref name="group"/>) fits as well: unattributed rather than wrong.</summary>
    private static string? PronounReferent(string pronoun, string current, IReadOnlyDictionary<string, Sex> sexes, List<string> recent, IReadOnlyList<string> group)
    {
        var sex = ArticleSpeakers.PronounSex(pronoun);
        if (sexes.TryGetValue(current, out var known) && known == sex)
        {
            return current;
        }

        if (!sexes.ContainsKey(current))
        {
            return group.Any(other => other != current && (!sexes.TryGetValue(other, out var theirs) || theirs == sex)) ? null : current;
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

    /// <summary>True when the one word matched as <paramref name="speaker"/>'s surname follows, mid-sentence, a
    /// capitalised word that is neither a title nor the speaker's own given name: another person of the same surname
    /// (a spouse, a sibling). A capital at the start of a sentence says nothing, so that case is left alone.</summary>
    private static bool IsAnotherGivenName(string text, int sentenceStart, IReadOnlyList<Word> words, int index, int length, string speaker)
    {
        if (length != 1 || index == 0)
        {
            return false;
        }

        var previous = words[index - 1];
        return previous.IsCapitalized
            && text.AsSpan(previous.End, words[index].Start - previous.End).IsWhiteSpace()
            && previous.Start > sentenceStart && FirstWords(text, sentenceStart, previous.Start, 1).Count > 0
            && !SpeechVerbs.Titles.Contains(previous.Bare)
            && !SpeechVerbs.PersonCues.Contains(previous.Bare)
            && !speaker.StartsWith(previous.Bare + " ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The mention of the speaker named by a speech verb right after the quotation (",” Liang explained" /
    /// "said Liang") or right before it ("Liang said: “…”"); its speaker is null when the name could be two people.</summary>
    private static Mention? ExplicitSpeaker(string text, QuotationSpan span, int sentenceStart, int sentenceEnd, List<Mention> mentions)
    {
        var (offset, length) = span.Outer.GetOffsetAndLength(text.Length);
        var after = FirstWords(text, offset + length, sentenceEnd, 5);
        if (after.Any(word => SpeechVerbs.Quoting.Contains(word.Text)))
        {
            // "according to" is followed by its whole source, however long ("according to the association's
            // director, Helen Marwick"); a speech verb by a name within a few words.
            var limit = after.Any(word => word.Text.Equals("according", StringComparison.OrdinalIgnoreCase)) ? sentenceEnd
                : after.Count > 0 ? after[^1].End : offset + length;
            var index = mentions.FindIndex(mention => mention.Start >= offset + length && mention.Start <= limit);
            if (index >= 0)
            {
                return mentions[index];
            }
        }

        var before = Word.Split(text, sentenceStart, offset);
        var verb = before.Skip(Math.Max(0, before.Count - 6)).LastOrDefault(word => SpeechVerbs.Quoting.Contains(word.Text));
        if (verb.Text is null)
        {
            return null;
        }

        // "according to Farrant: “…”" names the source after the verb; otherwise the speaker is the verb's subject
        // before it ("Adeyemi, who met Farrant on Monday, said:"; "She told Farrant:"), not a name in a relative clause
        // or the one spoken to. "said Tegid: “…”" puts the subject after the verb.
        var subject = verb.Text.Equals("according", StringComparison.OrdinalIgnoreCase) ? -1
            : mentions.FindLastIndex(mention => mention.End <= verb.Start && mention.Start >= sentenceStart && !InRelativeClause(text, sentenceStart, mention.Start));
        if (subject < 0 && !SpeechVerbs.Addressing.Contains(verb.Text))
        {
            subject = mentions.FindIndex(mention => mention.Start >= verb.End && mention.End <= offset);
        }

        return subject >= 0 ? mentions[subject] : null;
    }

    /// <summary>True when a quoting verb is among the few words right after the quotation ("…,” said a neighbour").</summary>
    private static bool HasSpeechVerbAfter(string text, QuotationSpan span, int sentenceEnd) =>
        FirstWords(text, EndOf(span, text), sentenceEnd, 5).Any(word => SpeechVerbs.Quoting.Contains(word.Text));

    /// <summary>True when <paramref name="position"/> follows ", who", ", whose", ", which"… with no comma since: inside a
    /// relative clause, whose names are not the sentence's subject.</summary>
    private static bool InRelativeClause(string text, int sentenceStart, int position)
    {
        var comma = position > sentenceStart ? text.LastIndexOf(',', position - 1, position - sentenceStart) : -1;
        return comma >= 0 && FirstWords(text, comma + 1, position, 1) is [var first] && SpeechVerbs.RelativePronouns.Contains(first.Text);
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

    /// <summary>True when the quotation runs to the paragraph's end with no closing mark.</summary>
    private static bool IsLeftOpen(string text, QuotationSpan span) => span.Inner.GetOffsetAndLength(text.Length) is var (offset, length) && offset + length == text.Length;

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
