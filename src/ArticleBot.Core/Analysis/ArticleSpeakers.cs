using System.Text.RegularExpressions;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Analysis;

/// <summary>What an article says about its people, gathered once before its quotations are read: their names, the
/// sex the text shows for some, the roles held by exactly one of them, and the organisations that may speak instead.</summary>
/// <param name="SharedRoles">Roles the article gives two or more people ("Councillor Peter Anand", "Councillor Tom
/// Whitaker"): "the councillor said" could be either, so it names no one.</param>
internal sealed record ArticleSpeakers(SpeakerNames Names, IReadOnlyDictionary<string, Sex> Sexes, IReadOnlyDictionary<string, string> Roles, OrganisationNames Organisations, IReadOnlySet<string> SharedRoles)
{
    private static readonly IReadOnlySet<string> FemaleNouns = WordList.Load("female-person-nouns", StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlySet<string> MaleNouns = WordList.Load("male-person-nouns", StringComparer.OrdinalIgnoreCase);

    public static ArticleSpeakers Of(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, IReadOnlyList<Speaker> speakers, SpeakerNames names)
    {
        var roles = RolesOf(paragraphs, speakers);
        return new(names, SexesOf(paragraphs, paragraphWords, names), Unique(roles), OrganisationNames.Of(paragraphs, paragraphWords),
            roles.Where(role => role.Value.Count > 1).Select(role => role.Key).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static Dictionary<string, string> Unique(Dictionary<string, HashSet<string>> roles) =>
        roles.Where(role => role.Value.Count == 1).ToDictionary(role => role.Key, role => role.Value.Single(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The sex a third-person singular pronoun (he, she, him, her, his, hers, himself, herself) shows.</summary>
    public static Sex PronounSex(string pronoun) =>
        pronoun.ToLowerInvariant() is "she" or "her" or "hers" or "herself" ? Sex.Female : Sex.Male;

    /// <summary>The sex a courtesy title before a name shows (Mr. a man; Mrs. or Ms. a woman); null for any other word.</summary>
    public static Sex? TitleSex(string title) =>
        title.Equals("Mr", StringComparison.OrdinalIgnoreCase) ? Sex.Male
        : title.Equals("Mrs", StringComparison.OrdinalIgnoreCase) || title.Equals("Ms", StringComparison.OrdinalIgnoreCase) ? Sex.Female
        : null;

    /// <summary>A person's sex as the text shows it: Mr./Mrs./Ms. before their name, he/she used in a paragraph
    /// that names only them (outside quotations), an appositive noun of one sex ("Wierzba, a broad, quiet man,"), or
    /// "He"/"She" opening the sentence after one that names only them and no one by pronoun (English keeps the subject
    /// from one sentence to the next: "Helen Castleford … led the ringers. She organised a peal"). Nobody's sex is
    /// guessed from the name itself; a person the text shows as both is left unknown.</summary>
    private static Dictionary<string, Sex> SexesOf(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, SpeakerNames names)
    {
        var votes = new Dictionary<string, HashSet<Sex>>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var sentences = SentenceSplitter.Split(text).Select(range => range.GetOffsetAndLength(text.Length)).ToList();
            var named = new HashSet<string>(StringComparer.Ordinal);
            var pronounSexes = new HashSet<Sex>();
            // Per sentence: the people it names and whether it uses a pronoun; and the pronoun it opens with.
            var sentenceNames = sentences.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
            var sentencePronoun = new bool[sentences.Count];
            var openingPronoun = new Sex?[sentences.Count];
            // The sentence of the current word: words come in text order, so it only moves forward.
            var s = -1;
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                for (var i = 0; i < words.Count; i++)
                {
                    while (s + 1 < sentences.Count && sentences[s + 1].Offset <= words[i].Start)
                    {
                        s++;
                    }

                    var (speaker, length) = names.Match(words, i);
                    if (speaker is not null)
                    {
                        named.Add(speaker);
                        if (s >= 0)
                        {
                            sentenceNames[s].Add(speaker);
                        }

                        if (i > 0 && TitleSex(words[i - 1].Bare) is { } titleSex)
                        {
                            votes.AddToGroup(speaker, titleSex);
                        }

                        if ((AppositiveSex(text, words, i + length) ?? KinSex(text, words, i)) is { } nounSex)
                        {
                            votes.AddToGroup(speaker, nounSex);
                        }

                        i += length - 1;
                    }
                    else if (names.Sharing(words[i]).Count > 0)
                    {
                        // "Pennock" when the article names Gareth and Denise Pennock: someone else is named here, so
                        // the paragraph's he or she need not be the one named in full.
                        named.Add(words[i].Bare);
                    }
                    else if (SpeechVerbs.Pronouns.Contains(words[i].Text))
                    {
                        pronounSexes.Add(PronounSex(words[i].Text));
                        if (s >= 0)
                        {
                            sentencePronoun[s] = true;
                            if (words[i].Start == sentences[s].Offset && SpeechVerbs.SubjectPronouns.Contains(words[i].Text))
                            {
                                openingPronoun[s] = PronounSex(words[i].Text);
                            }
                        }
                    }
                }
            }

            if (named.Count == 1 && pronounSexes.Count == 1)
            {
                votes.AddToGroup(named.Single(), pronounSexes.Single());
            }

            for (var next = 1; next < sentences.Count; next++)
            {
                if (openingPronoun[next] is { } sex && sentenceNames[next - 1].Count == 1 && !sentencePronoun[next - 1])
                {
                    votes.AddToGroup(sentenceNames[next - 1].Single(), sex);
                }
            }
        }

        return votes.Where(vote => vote.Value.Count == 1).ToDictionary(vote => vote.Key, vote => vote.Value.Single(), StringComparer.Ordinal);
    }

    /// <summary>The sex of a noun right before a name and its comma: "His wife, Denise Pennock," is a woman.</summary>
    private static Sex? KinSex(string text, IReadOnlyList<Word> words, int index) =>
        index > 0 && Word.CommaBetween(text, words[index - 1], words[index])
            ? FemaleNouns.Contains(words[index - 1].Bare) ? Sex.Female : MaleNouns.Contains(words[index - 1].Bare) ? Sex.Male : null
            : null;

    /// <summary>The sex of an appositive right after a name, ", a/an … man," within a few words ("Wierzba, a broad,
    /// quiet man who …"); null when there is none, or a preposition comes first ("a friend of the woman").</summary>
    private static Sex? AppositiveSex(string text, IReadOnlyList<Word> words, int next)
    {
        if (next <= 0 || next >= words.Count || !Word.CommaBetween(text, words[next - 1], words[next])
            || words[next].Text is not ("a" or "an"))
        {
            return null;
        }

        for (var k = next + 1; k < Math.Min(words.Count, next + 6); k++)
        {
            if (FemaleNouns.Contains(words[k].Bare))
            {
                return Sex.Female;
            }

            if (MaleNouns.Contains(words[k].Bare))
            {
                return Sex.Male;
            }

            if (SpeechVerbs.Prepositions.Contains(words[k].Text) || SpeechVerbs.RelativePronouns.Contains(words[k].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Roles the article gives a named person ("Nadia Brennan, the school’s principal", "Mayor Helen
    /// Dunmore"), each with everyone it is given to; a role given to two people resolves to neither.</summary>
    private static Dictionary<string, HashSet<string>> RolesOf(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Speaker> speakers)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var patterns = speakers.Select(speaker => (speaker.Name, After: RoleAfter(speaker.Name), Before: RoleBefore(speaker.Name))).ToList();
        foreach (var paragraph in paragraphs)
        {
            foreach (var (name, after, before) in patterns)
            {
                var matches = after.Matches(paragraph.Text).Concat(before.Matches(paragraph.Text));
                foreach (var role in matches.Select(match => match.Groups[1].Value).Where(role => SpeechVerbs.PersonCues.Contains(role) && !SpeechVerbs.NotNames.Contains(role)))
                {
                    found.AddToGroup(role, name);
                }
            }
        }

        return found;
    }

    /// <summary>"Nadia Brennan, the school’s principal," — the role is the last word of a short phrase after "the".</summary>
    private static Regex RoleAfter(string name) => new(Regex.Escape(name) + @",\s+the\s+(?:[\w’']+\s+){0,3}?(\w+)[,.;]");

    /// <summary>"Mayor Helen Dunmore" — the word right before the name.</summary>
    private static Regex RoleBefore(string name) => new(@"\b(\w+)\s+" + Regex.Escape(name));
}
