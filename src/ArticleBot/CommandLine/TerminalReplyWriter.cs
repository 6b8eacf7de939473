using ArticleBot.Core.Answering;

namespace ArticleBot.CommandLine;

/// <summary>Shows a reply as plain text in a terminal: the answer's lead with its numbered citations (or the message),
/// then each passage under its number.</summary>
internal static class TerminalReplyWriter
{
    /// <param name="moreHint">What to say when more passages exist (how this front end asks for them).</param>
    public static void Write(TextWriter output, ChatReply reply, string moreHint = "(more results with --top)")
    {
        // The lead answers; the message ("The article says:") only introduces passages when there is none.
        if (reply.Lead is { } lead)
        {
            output.WriteLine(lead.Text);
        }
        else if (reply.Message is { Length: > 0 } message)
        {
            output.WriteLine(message);
        }

        for (var i = 0; i < reply.Results.Count; i++)
        {
            var passage = reply.Results[i];
            var place = passage.Paragraph > 0 ? $" ¶{passage.Paragraph}" : "";
            var link = passage.Url is null ? "" : $" <{passage.Url}>";
            // A title is for people; `source <id> <n>` needs the id, so the listing shows both.
            var id = reply.Intent == QuestionIntent.Source ? $" [{passage.ArticleId}]" : "";
            output.WriteLine();
            output.WriteLine($"[{i + 1}] {passage.Title}{id}{place}{link}");
            if (passage.Quote is not null && !passage.IsParaphrase)
            {
                output.WriteLine($"    {passage.SpeakerLabel ?? "The article does not say who"} said: “{passage.Quote}”");
            }
            else
            {
                output.WriteLine($"    {passage.Snippet}");
                if (passage.IsParaphrase && passage.Speaker is not null)
                {
                    output.WriteLine($"    ({passage.Speaker}'s view, in the article's words)");
                }
            }
        }

        if (!reply.Answered && reply.SuggestionsOrEmpty.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("You could ask:");
            foreach (var suggestion in reply.SuggestionsOrEmpty)
            {
                output.WriteLine($"  {suggestion}");
            }
        }

        if (reply.HasMore)
        {
            output.WriteLine();
            output.WriteLine(moreHint);
        }
    }
}
