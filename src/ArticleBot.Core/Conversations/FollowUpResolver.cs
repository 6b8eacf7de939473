using System.Text.RegularExpressions;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Conversations;

/// <summary>
/// Reads a question against the previous turn with rules of English, never words of an article: "tell me more" is
/// the next passages of the last question; "what else did he say?" other quotations of the person last named; "and
/// Microsoft?" the last question with its last proper name replaced (ellipsis); "he", "she", "his" and "her" the
/// person last named, unless the articles show that person to be of the other sex ("she" after a man is someone the
/// conversation has not named); "when was that?" the date in the last answer's passages; "why was that?" the question
/// word put to the last question's topic.
/// </summary>
internal static partial class FollowUpResolver
{
    private const int MaxEntityWords = 6;
    private const int MaxFrameWords = 5;

    /// <param name="speakers">The people the articles quote, by full name.</param>
    /// <param name="sexes">The sex the articles' words show for some of them; anyone else may be "he" or "she".</param>
    public static FollowUp Resolve(string question, ConversationState? previous, IReadOnlyCollection<string> speakers, IReadOnlyDictionary<string, Sex>? sexes = null)
    {
        sexes ??= new Dictionary<string, Sex>();
        var text = question.Trim();
        if (text.Length == 0 || text[0] is '/' or '!')
        {
            return new FollowUp.Standalone();
        }

        if (More().IsMatch(text))
        {
            return previous is null ? new FollowUp.NothingBefore()
                : OtherQuotesAsked(previous.Question, null, speakers, sexes) is { } again ? again
                : new FollowUp.Rewritten(previous.Question, previous.Skip + previous.Top);
        }

        if (OtherQuotesAsked(text, previous, speakers, sexes) is { } otherQuotes)
        {
            return otherQuotes;
        }

        if (AndEntity().Match(text) is { Success: true } and && WordCount(and.Groups["entity"].Value) <= MaxEntityWords
            && !PersonPronoun().IsMatch(and.Groups["entity"].Value))
        {
            return previous is null ? new FollowUp.NothingBefore() : new FollowUp.Rewritten(Reframe(previous.Question, and.Groups["entity"].Value.Trim()));
        }

        var resolved = text;
        if (PersonPronoun().IsMatch(text) && !NamesSpeaker(text, speakers))
        {
            if (previous?.Speaker is not { } speaker || !Agrees(text, speaker, sexes))
            {
                return new FollowUp.UnknownPerson();
            }

            resolved = ReplacePronouns(text, speaker);
        }

        if (Demonstrative().Match(resolved) is { Success: true } that && WordCount(that.Groups["frame"].Value) <= MaxFrameWords + 2)
        {
            if (previous is null)
            {
                return new FollowUp.NothingBefore();
            }

            // "When was that?" asks about what was just shown, not about the question's words again: a quotation's
            // words put after "when" find nothing, and the answer's own paragraph is where its date would be.
            if (WhenFrame().IsMatch(that.Groups["frame"].Value) && previous.Latest is { Count: > 0 })
            {
                return new FollowUp.When();
            }

            var topic = QuestionOpening().Replace(QuestionParser.Parse(previous.Question, null).Search, "").Trim(' ', '?', '.', '!');
            return new FollowUp.Rewritten($"{that.Groups["frame"].Value.Trim()} {topic}{that.Groups["rest"].Value}?");
        }

        return ReferenceEquals(resolved, text) ? new FollowUp.Standalone() : new FollowUp.Rewritten(resolved);
    }

    /// <summary>"What else did he / Liang say?": the speaker meant, by pronoun (the person last named) or by a word
    /// of a quoted person's name; null when the question is not of that form or names nobody the articles quote.</summary>
    private static FollowUp? OtherQuotesAsked(string text, ConversationState? previous, IReadOnlyCollection<string> speakers, IReadOnlyDictionary<string, Sex> sexes)
    {
        var match = ElseSaid().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"].Value.Trim();
        if (Pronoun().IsMatch(who) && Pronoun().Match(who).Length == who.Length)
        {
            return previous?.Speaker is { } speaker && Agrees(who, speaker, sexes) ? new FollowUp.OtherQuotes(speaker) : new FollowUp.UnknownPerson();
        }

        var named = SpeakerNamed(who, speakers);
        return named is null ? null : new FollowUp.OtherQuotes(named);
    }

    /// <summary>Whether the text's "he" or "she" may mean <paramref name="speaker"/>: yes unless the articles show the
    /// speaker's sex and every such pronoun is of the other one. Pronouns of both sexes ("did he tell her?") are left
    /// as they were read before, and "they" says nothing of sex.</summary>
    internal static bool Agrees(string text, string speaker, IReadOnlyDictionary<string, Sex> sexes)
    {
        if (!sexes.TryGetValue(speaker, out var known))
        {
            return true;
        }

        var asked = PersonPronoun().Matches(text).Select(match => ArticleSpeakers.PronounSex(match.Value)).Distinct().ToList();
        return asked.Count != 1 || asked[0] == known;
    }

    /// <summary>The quoted person whose full name is <paramref name="who"/> or contains all its words ("Liang").</summary>
    internal static string? SpeakerNamed(string who, IReadOnlyCollection<string> speakers)
    {
        var words = Words(who);
        return words.Count == 0 ? null : speakers.FirstOrDefault(speaker => words.All(Words(speaker).Contains));
    }

    private static bool NamesSpeaker(string text, IReadOnlyCollection<string> speakers)
    {
        var words = Words(text);
        return speakers.Any(speaker => Words(speaker).Any(words.Contains));
    }

    private static HashSet<string> Words(string text) =>
        NameWord().Matches(text).Select(match => match.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The previous question with its last proper name (a capitalised word not opening the sentence)
    /// replaced by the new one; without a name to replace, the new words are the question.</summary>
    internal static string Reframe(string previous, string entity)
    {
        var names = ProperName().Matches(previous).Where(match => match.Index > 0).ToList();
        if (names.Count == 0)
        {
            return entity;
        }

        var last = names[^1];
        return previous[..last.Index] + entity + previous[(last.Index + last.Length)..];
    }

    /// <summary>"He", "she", "him" name the person; "his", "hers" and a "her" before a word are possessive.</summary>
    internal static string ReplacePronouns(string text, string speaker) => PersonPronounWithNext().Replace(text, match =>
    {
        var word = match.Groups["pronoun"].Value.ToLowerInvariant();
        var next = match.Groups["next"].Value;
        var possessive = word is "his" or "hers" || (word == "her" && next.Length > 0 && !NotAfterPossessive().IsMatch(next));
        return (possessive ? speaker + "’s" : speaker) + match.Groups["gap"].Value + next;
    });

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|and|so|please)[,\s]+)?(?:tell me more|more|go on|continue|keep going|show (?:me )?more|more results|anything else|what else)(?: please)?\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex More();

    [GeneratedRegex(@"^(?:(?:and|so)[,\s]+)?(?:(?:what|anything)\s+else\s+(?:did|does|has|had|do|would)\s+(?<who>[\p{L}'’.\- ]+?)\s+(?:say|said|tell|add|think|claim|mention)|(?:did|does|has)\s+(?<who>[\p{L}'’.\- ]+?)\s+(?:say|said|add|mention)(?:ed)?\s+(?:anything|something)\s+else)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElseSaid();

    [GeneratedRegex(@"^(?:and|but|also|what about|how about|and what about|and how about)\s+(?<entity>[^?!.]+?)\s*[?!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndEntity();

    [GeneratedRegex(@"\b(he|she|him|her|his|hers|himself|herself|they|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(he|she|him|her|his|hers|himself|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();

    [GeneratedRegex(@"\b(?<pronoun>he|she|him|her|his|hers|himself|herself)\b(?<gap>\s*)(?<next>[\p{L}]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronounWithNext();

    /// <summary>Words after which "her" is an object, not a possessive: "ask her about", "told her that".</summary>
    [GeneratedRegex(@"^(about|to|for|in|on|at|with|by|from|and|or|that|the|a|an|as|if|when|so|up|out|say|said|think|thinks)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAfterPossessive();

    /// <summary>"When was that?", "why did Liang say that?", "when did it happen?": a short frame of question words
    /// ending in a demonstrative, which stands for the last question's topic.</summary>
    [GeneratedRegex(@"^(?<frame>(?:when|where|why|how|who|what|which)\b[^?]*?)\s+(?:that|this|it)(?<rest>\s+(?:happen|happened|take place|took place|start|started|begin|began|come out|end|ended))?\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"^when\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenFrame();

    /// <summary>A question's opening words ("how much … did", "who is"), which the new question word replaces.</summary>
    [GeneratedRegex(@"^\s*(?:who|whom|whose|what|when|where|why|which|how(?: much| many| long| often)?)\b(?:\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would))?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}-]*")]
    private static partial Regex NameWord();
}
