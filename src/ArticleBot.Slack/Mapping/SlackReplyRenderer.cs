using System.Text;
using System.Text.Json.Nodes;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// Turns a <see cref="ChatReply"/> into Block Kit. Every piece of article or user text goes through
/// <see cref="Mrkdwn"/>, and every Block Kit limit is met with <see cref="TextTrimmer"/>.
/// </summary>
internal static class SlackReplyRenderer
{
    /// <summary>Slack folds long messages behind "Show more"; about 300 characters stays unfolded.</summary>
    public const int SnippetLength = 300;
    public const int SectionTextLimit = 3000;
    public const int MaxBlocks = 50;
    private const int MaxPassages = 20;
    private const int FallbackTextLength = 400;
    private const int MaxSuggestions = 5;
    private const string NotFound = "I couldn't find that in the article.";

    /// <param name="reply">The core's answer.</param>
    /// <param name="question">The question it answers, for "More results" and "Share".</param>
    /// <param name="isPrivate">Only the asker sees it; adds a "Share" button unless <paramref name="canShare"/> is false.</param>
    /// <param name="fullText">Show whole paragraphs instead of snippets ("Full paragraph").</param>
    /// <param name="feedback">How the answer offers a 👍 / 👎; only answers to a question get one.</param>
    /// <param name="canShare">False where a shared answer would land in the channel itself (a threads-only channel).</param>
    public static SlackMessage Render(
        ChatReply reply, ChatQuestion question, bool isPrivate, bool fullText = false, SlackFeedbackStyle feedback = SlackFeedbackStyle.None, bool canShare = true)
    {
        if (reply.Results.Count == 0)
        {
            return RenderMessageOnly(reply);
        }

        var blocks = new JsonArray();
        // The lead answers first, its [n] citations numbering the passages below; the message only introduces
        // passages when there is no lead.
        if (reply.Lead is { } lead && !fullText)
        {
            blocks.Add(Section(Mrkdwn.EscapeAndFit(lead.Text, SectionTextLimit)));
        }
        else if (!string.IsNullOrWhiteSpace(reply.Message))
        {
            blocks.Add(Section(Mrkdwn.EscapeAndFit(reply.Message, SectionTextLimit)));
        }

        var passages = reply.Results.Take(MaxPassages).ToList();
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            var body = fullText ? Mrkdwn.EscapeAndFit(passage.Text, SectionTextLimit) : Snippet(passage);
            if (reply.Lead is not null && !fullText)
            {
                body = $"*[{i + 1}]* {body}";
            }

            var section = Section(body);
            if (!fullText && passage.Paragraph > 0)
            {
                var paragraph = new ChatQuestion($"{passage.ArticleId} {passage.Paragraph}", QuestionIntent.Source, Top: 1);
                section["accessory"] = Button("Full paragraph", $"{SlackButton.FullParagraph}:{i}", SlackButton.For(paragraph) with { FullText = true });
            }

            blocks.Add(section);
            blocks.Add(new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Attribution(passage) }),
            });
        }

        var actions = new JsonArray();
        if (reply.HasMore)
        {
            var more = question with { Skip = question.Skip + question.Top };
            actions.Add(Button("More results", SlackButton.MoreResults, SlackButton.For(more)));
        }

        if (isPrivate && canShare)
        {
            actions.Add(Button("Share", SlackButton.Share, SlackButton.For(question) with { FullText = fullText }));
        }

        var votes = IsAnswer(reply) ? Votes(question, passages[0]) : null;
        if (votes is { } buttons && feedback == SlackFeedbackStyle.Buttons)
        {
            actions.Add(Button("👍", SlackVote.HelpfulAction, buttons.Helpful));
            actions.Add(Button("👎", SlackVote.NotHelpfulAction, buttons.NotHelpful));
        }

        if (actions.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = actions });
        }

        if (votes is { } element && feedback == SlackFeedbackStyle.FeedbackButtons)
        {
            blocks.Add(FeedbackButtons(element.Helpful, element.NotHelpful));
        }

        return new SlackMessage(reply.Lead is { } first && !fullText ? Mrkdwn.EscapeAndFit(first.Text, FallbackTextLength) : FallbackText(passages[0]), blocks);
    }

    /// <summary>The reply to a slash command, message or click that could not be answered.</summary>
    /// <summary>One line of text that may echo what someone typed (an admin command's outcome names the link), so it
    /// is cut to fit a section.</summary>
    public static SlackMessage Note(string text) => new(text, [Section(Mrkdwn.EscapeAndFit(text, SectionTextLimit))]);

    public static SlackMessage Apology(string text) => new(text, [Section(Mrkdwn.Escape(text))]);

    /// <summary>The private note that acknowledges a 👍 / 👎.</summary>
    public static SlackMessage VoteThanks(bool helpful)
    {
        var text = helpful ? "Thanks: your 👍 is recorded." : "Thanks: your 👎 is recorded. It helps find the answers the articles get wrong.";
        return new SlackMessage(text, [Section(Mrkdwn.Escape(text))]);
    }

    /// <summary>Listings, help and paragraphs shown in full are not answers a reader can judge.</summary>
    private static bool IsAnswer(ChatReply reply) => reply.Intent is QuestionIntent.Ask or QuestionIntent.Quote or QuestionIntent.Who;

    /// <summary>The encoded 👍 and 👎 values, or none when they would not fit Slack's 2000-character value.</summary>
    private static (string Helpful, string NotHelpful)? Votes(ChatQuestion question, AnswerPassage lead)
    {
        if (lead.Paragraph <= 0 || string.IsNullOrEmpty(lead.ArticleId))
        {
            return null;
        }

        var helpful = SlackVote.For(question, lead, helpful: true).Encode();
        var notHelpful = SlackVote.For(question, lead, helpful: false).Encode();
        return Math.Max(helpful.Length, notHelpful.Length) <= SlackVote.MaxValueLength ? (helpful, notHelpful) : null;
    }

    private static JsonObject FeedbackButtons(string helpful, string notHelpful) => new()
    {
        ["type"] = "context_actions",
        ["elements"] = new JsonArray(new JsonObject
        {
            ["type"] = "feedback_buttons",
            ["action_id"] = SlackVote.FeedbackButtonsAction,
            ["positive_button"] = VoteButton("👍", helpful, "This answer helped"),
            ["negative_button"] = VoteButton("👎", notHelpful, "This answer did not help"),
        }),
    };

    private static JsonObject VoteButton(string label, string value, string accessibilityLabel) => new()
    {
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label },
        ["value"] = value,
        ["accessibility_label"] = accessibilityLabel,
    };

    private static SlackMessage RenderMessageOnly(ChatReply reply)
    {
        var message = string.IsNullOrWhiteSpace(reply.Message) ? NotFound : reply.Message;
        var text = new StringBuilder(Mrkdwn.EscapeAndFit(message, 2000));
        var suggestions = reply.SuggestionsOrEmpty.Take(MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            text.Append("\n\n*Try asking:*");
            foreach (var suggestion in suggestions)
            {
                text.Append("\n• ").Append(Mrkdwn.EscapeAndFit(suggestion, 150));
            }
        }

        return new SlackMessage(Mrkdwn.EscapeAndFit(message, FallbackTextLength), [Section(text.ToString())]);
    }

    /// <summary>The snippet cut to about 300 characters, with the matched words in bold.</summary>
    internal static string Snippet(AnswerPassage passage)
    {
        var source = passage.Snippet.Length > 0 ? passage.Snippet : passage.Text;
        var trimmed = TextTrimmer.Trim(source, SnippetLength);
        var cut = !ReferenceEquals(trimmed, source) && trimmed != source;
        // When TextTrimmer cuts, what precedes its ellipsis is a prefix of the snippet, so highlight offsets still hold.
        var kept = cut ? trimmed[..^TextTrimmer.Ellipsis.Length] : source;
        var ranges = passage.Snippet.Length > 0 ? passage.Highlights : [];

        var builder = new StringBuilder();
        var position = 0;
        foreach (var range in MergeAdjacent(kept, ranges))
        {
            var start = Math.Max(range.Start, position);
            var end = Math.Min(range.End, kept.Length);
            if (start >= end || !IsWordBoundary(kept, start, end))
            {
                continue;
            }

            builder.Append(Mrkdwn.Escape(kept[position..start]));
            var word = kept[start..end];
            builder.Append(word.Trim().Length == word.Length ? $"*{Mrkdwn.Escape(word)}*" : Mrkdwn.Escape(word));
            position = end;
        }

        builder.Append(Mrkdwn.Escape(kept[position..]));
        if (cut)
        {
            builder.Append(TextTrimmer.Ellipsis);
        }

        return builder.ToString();
    }

    /// <summary>"*closed-source moats*" reads better (and renders more reliably) than "*closed*-*source* *moats*".</summary>
    private static List<TextRange> MergeAdjacent(string text, IReadOnlyList<TextRange> ranges)
    {
        var merged = new List<TextRange>();
        foreach (var range in ranges.Where(r => r.Length > 0 && r.Start >= 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && merged[^1] is var last && range.Start >= last.End && range.Start - last.End <= 2
                && range.Start <= text.Length && text[last.End..range.Start].All(c => c is ' ' or '-'))
            {
                merged[^1] = new TextRange(last.Start, Math.Max(last.End, range.End) - last.Start);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>Slack only renders *bold* when the asterisks are not inside a word.</summary>
    private static bool IsWordBoundary(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>"— *Speaker* · &lt;url|Title&gt; · ¶N".</summary>
    internal static string Attribution(AnswerPassage passage)
    {
        var parts = new List<string>();
        if (passage.SpeakerLabel is { } label && !string.IsNullOrWhiteSpace(label))
        {
            var speaker = $"*{Mrkdwn.EscapeAndFit(label, 100)}*";
            parts.Add(passage.IsParaphrase ? $"— {speaker} (paraphrased)" : $"— {speaker}");
        }

        var title = TextTrimmer.Trim(passage.Title, 200);
        parts.Add(passage.Url is { Length: > 0 and <= 2000 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Mrkdwn.Link(url, title)
            : Mrkdwn.Escape(title));
        if (passage.Paragraph > 0)
        {
            parts.Add($"¶{passage.Paragraph}");
        }

        return string.Join(" · ", parts);
    }

    private static string FallbackText(AnswerPassage best)
    {
        var text = best.Speaker is { Length: > 0 } speaker ? $"{speaker}: {best.Snippet}" : best.Snippet;
        return Mrkdwn.EscapeAndFit(text.Length > 0 ? text : best.Text, FallbackTextLength);
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn.Length > 0 ? mrkdwn : " " },
    };

    private static JsonObject Button(string label, string actionId, SlackButton value) => Button(label, actionId, value.Encode());

    private static JsonObject Button(string label, string actionId, string value) => new()
    {
        ["type"] = "button",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label },
        ["action_id"] = actionId,
        ["value"] = value,
    };
}
