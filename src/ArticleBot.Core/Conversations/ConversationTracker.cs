using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Conversations;

/// <summary>The state a reply leaves for the next turn.</summary>
internal static class ConversationTracker
{
    /// <param name="resolved">The question as answered, references resolved: the frame "and Microsoft?" reuses.</param>
    public static ConversationState After(ConversationState? previous, string resolved, ChatReply reply, int top, int skip, IReadOnlySet<string> speakers)
    {
        if (!reply.Answered || reply.Results.Count == 0)
        {
            // Nothing new was shown: "he" and "tell me more" still mean what they meant.
            return previous ?? new ConversationState(resolved, reply.Intent, null, null, [], top, skip);
        }

        var latest = reply.Results.Where(passage => passage.Paragraph > 0).Select(passage => new ShownPassage(passage.ArticleId, passage.Paragraph)).Distinct().ToList();
        var shown = (previous?.Shown ?? [])
            .Concat(latest)
            .Distinct()
            .TakeLast(ConversationState.MaxShown)
            .ToList();
        return new ConversationState(resolved, reply.Intent, PersonOf(resolved, reply, speakers) ?? previous?.Speaker, reply.Results[0].ArticleId, shown, top, skip)
        {
            Latest = latest,
        };
    }

    /// <summary>Who "he" or "she" will mean: the speaker of a quotation answered; else a quoted person named in the
    /// question, then in the answer's lead, then the best passage's speaker.</summary>
    private static string? PersonOf(string resolved, ChatReply reply, IReadOnlySet<string> speakers)
    {
        var best = reply.Results[0];
        var person = best is { SpeakerIsOrganisation: false, Speaker: { } speaker } ? speaker : null;
        if (reply.Intent is QuestionIntent.Quote or QuestionIntent.Who && person is not null)
        {
            return person;
        }

        return speakers.FirstOrDefault(name => resolved.Contains(name, StringComparison.OrdinalIgnoreCase))
            ?? (reply.Lead is { } lead ? speakers.FirstOrDefault(name => lead.Text.Contains(name, StringComparison.Ordinal)) : null)
            ?? person;
    }
}
