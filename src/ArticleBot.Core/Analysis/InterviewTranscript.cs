using System.Text.RegularExpressions;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// An interview printed as a transcript: an introduction, then turns that each begin with a label — "Q:" / "A:",
/// "Interviewer:", or the speaker's name ("Solberg:"). Every answer is the interviewee's quotation and every question
/// the interviewer's. Who they are comes from the introduction, as the form has it: the interviewer is the one who
/// "spoke with" or "interviewed" (or whom the subject was "interviewed by"), and the interviewee is the person the
/// introduction names first — unless the front matter says it ("interview: Ingrid Solberg interviewed by Daniel
/// Achebe"). A name either role cannot be given is left null: unattributed rather than wrong.
/// </summary>
/// <param name="Turns">Per paragraph (by index), the turn it is, or null for the introduction and any other text.</param>
internal sealed partial record InterviewTranscript(string? Interviewer, string? Interviewee, IReadOnlyList<TranscriptTurn?> Turns)
{
    /// <summary>Labels of the one asking and the one answering, in the words transcripts use.</summary>
    private static readonly HashSet<string> InterviewerLabels = new(StringComparer.OrdinalIgnoreCase) { "q", "question", "interviewer" };

    private static readonly HashSet<string> IntervieweeLabels = new(StringComparer.OrdinalIgnoreCase) { "a", "answer" };

    /// <summary>Verbs an introduction uses of the interviewer ("Daniel Achebe spoke with her").</summary>
    private static readonly HashSet<string> InterviewerVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "spoke", "speaks", "talked", "talks", "sat", "sits", "met", "meets", "interviewed", "interviews", "caught",
    };

    /// <summary>Words that say the introduction leads into an interview, not an FAQ's questions and answers.</summary>
    private static readonly HashSet<string> InterviewCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "interview", "interviewed", "conversation", "spoke", "talked", "sat", "met", "asked", "questions",
    };

    private static readonly HashSet<string> ObjectLinks = new(StringComparer.OrdinalIgnoreCase) { "with", "to", "down", "up" };

    /// <summary>Fewest labelled paragraphs, and fewest uses of each of at least two labels, that make a transcript.</summary>
    private const int MinimumTurns = 4;

    private const int MinimumUsesPerLabel = 2;

    [GeneratedRegex(@"^\s*(?<who>\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){1,2}),? (?:was )?interviewed by (?<by>\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){1,2})")]
    private static partial Regex InterviewedBy();

    // Broadcast transcripts put a timestamp before the label ("[00:04:12] ") and, the first time a person speaks, give
    // the full name after a role ("HOST (Odile Marchetti):"); later turns use the surname, often in capitals.
    [GeneratedRegex(@"^(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]\s*)?(?:\*\*)?(?<label>[A-Z][\p{L}\p{M}’'\-]*\.?(?: [A-Z][\p{L}\p{M}’'\-]*\.?){0,2})(?: \((?<name>\p{Lu}[\p{L}\p{M}’'\-]*(?: \p{Lu}[\p{L}\p{M}’'\-]*){1,2})\))?(?:\*\*)?:(?:\*\*)?\s+(?:\*\*)?")]
    private static partial Regex TurnLabel();

    /// <summary>The transcript the paragraphs form, or null when they are not one.</summary>
    public static InterviewTranscript? Read(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, ArticleMetadata? metadata = null)
    {
        var turns = new TranscriptTurn?[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var match = TurnLabel().Match(paragraphs[p].Text);
            if (match.Success && match.Length < paragraphs[p].Text.Length)
            {
                var name = match.Groups["name"];
                turns[p] = new TranscriptTurn(match.Length, match.Groups["label"].Value.TrimEnd('.'), name.Success ? name.Value : null);
            }
        }

        // A person's turns count together whether labelled "HOST (Ada Kwan)" or "KWAN".
        var uses = turns.OfType<TranscriptTurn>().GroupBy(turn => (turn.Name ?? turn.Label).Split(' ')[^1], StringComparer.OrdinalIgnoreCase).Where(group => group.Count() >= MinimumUsesPerLabel).Count();
        if (turns.Count(turn => turn is not null) < MinimumTurns || uses < 2)
        {
            return null;
        }

        var firstTurn = Array.FindIndex(turns, turn => turn is not null);
        var (interviewer, interviewee) = PeopleOfIntroduction(paragraphs, paragraphWords, firstTurn);
        if (metadata?.Extra.GetValueOrDefault("interview") is { } field && InterviewedBy().Match(field) is { Success: true } stated)
        {
            (interviewer, interviewee) = (stated.Groups["by"].Value, stated.Groups["who"].Value);
        }

        return new InterviewTranscript(interviewer, interviewee, turns);
    }

    /// <summary>The full names the turns give after a role label ("GUEST (Selin Arkwright):"), in order.</summary>
    public IReadOnlyList<string> Named { get; } = Turns.Select(turn => turn?.Name).OfType<string>().Distinct().ToList();

    /// <summary>The interviewer and interviewee the introduction names, those it names.</summary>
    private IReadOnlyList<string> Introduced { get; } = new[] { Interviewer, Interviewee }.OfType<string>().ToList();

    /// <summary>Who spoke a turn: the name the label gives in brackets, the interviewer for "Q:" or "Interviewer:", the
    /// interviewee for "A:", else the person the label names (by surname or full name, in any case: "MARCHETTI");
    /// null when the label names nobody the article knows.</summary>
    public string? SpeakerOf(TranscriptTurn turn, SpeakerNames names)
    {
        if (turn.Name is not null)
        {
            return turn.Name;
        }

        if (InterviewerLabels.Contains(turn.Label))
        {
            return Interviewer;
        }

        if (IntervieweeLabels.Contains(turn.Label))
        {
            return Interviewee;
        }

        // The names the labels gave come first: the introduction's may carry a role ("Host Odile Marchetti"). A surname
        // two labelled people share is neither's: unattributed rather than wrong.
        foreach (var people in new[] { Named, Introduced })
        {
            var bySurname = people.Where(person => person.Equals(turn.Label, StringComparison.OrdinalIgnoreCase)
                || person.Split(' ')[^1].Equals(turn.Label.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            if (bySurname.Count > 0)
            {
                return bySurname is [var person] ? person : null;
            }
        }

        var words = Word.Split(turn.Label);
        var (speaker, length) = words.Count > 0 ? names.Match(words, 0) : (null, 0);
        return length == words.Count ? speaker : null;
    }

    /// <summary>The interviewer and interviewee the introduction (the paragraphs before the first turn) names.</summary>
    private static (string? Interviewer, string? Interviewee) PeopleOfIntroduction(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<ParagraphWords> paragraphWords, int firstTurn)
    {
        string? interviewer = null;
        string? objectOfInterview = null;
        var people = new List<string>();
        var cued = false;
        for (var p = 0; p < firstTurn; p++)
        {
            var text = paragraphs[p].Text;
            for (var k = 0; k < paragraphWords[p].Outside.Count; k++)
            {
                var words = paragraphWords[p].OutsideWords(k);
                cued |= words.Any(word => InterviewCues.Contains(word.Text));
                for (var i = 0; i < words.Count; i++)
                {
                    var run = PersonNameFinder.NameRunAt(text, words, i);
                    if (run < 2 || PersonNameFinder.IsOrganisation(words, i, run) || (i > 0 && SpeechVerbs.Prepositions.Contains(words[i - 1].Text)))
                    {
                        i += Math.Max(run, 1) - 1;
                        continue;
                    }

                    var start = run >= 3 && SpeechVerbs.Titles.Contains(words[i].Bare) ? i + 1 : i;
                    var name = NameOf(words, start, i + run);
                    var next = i + run;
                    if (next < words.Count && InterviewerVerbs.Contains(words[next].Text))
                    {
                        interviewer ??= name;
                        objectOfInterview ??= ObjectAfter(text, words, next + 1);
                    }
                    else if (i >= 2 && words[i - 1].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && words[i - 2].Text.StartsWith("interview", StringComparison.OrdinalIgnoreCase))
                    {
                        interviewer ??= name;
                    }

                    people.Add(name);
                    i += run - 1;
                }
            }
        }

        var interviewee = cued ? objectOfInterview ?? people.FirstOrDefault(person => person != interviewer) : null;
        return (interviewer, interviewee);
    }

    /// <summary>"spoke with Ingrid Solberg": the full name right after the verb and its preposition, if there is one.</summary>
    private static string? ObjectAfter(string text, IReadOnlyList<Word> words, int index)
    {
        // "sat down with", "caught up with", "talked to"
        for (var skipped = 0; skipped < 2 && index < words.Count && ObjectLinks.Contains(words[index].Text); skipped++)
        {
            index++;
        }

        var run = index < words.Count ? PersonNameFinder.NameRunAt(text, words, index) : 0;
        return run >= 2 && !PersonNameFinder.IsOrganisation(words, index, run) ? NameOf(words, index, index + run) : null;
    }

    private static string NameOf(IReadOnlyList<Word> words, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(k => k == end - 1 ? words[k].Bare : words[k].Text));
}
