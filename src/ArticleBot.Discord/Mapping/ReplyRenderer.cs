using System.Text;
using System.Text.Json.Nodes;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Mapping;

/// <summary>
/// Turns a <see cref="ChatReply"/> into a Discord message body: an answer with a lead is one embed (<see cref="LeadEmbed"/>);
/// otherwise one embed per passage with the snippet (matched words
/// in bold), then the attribution line (speaker for quotes, article title linked to its source, ¶N); buttons for
/// "More results", "Full paragraph" and, on private answers, "Share". Article text is Markdown-escaped and every
/// limit is met with <see cref="TextTrimmer"/>. <c>allowed_mentions</c> is always empty.
/// </summary>
internal static class ReplyRenderer
{
    public const string NotFound = "I couldn't find that in the article.";
    private const int Blurple = 0x5865F2;

    public static JsonObject Render(ChatReply reply, ReplyButtons buttons)
    {
        var message = reply switch
        {
            { Intent: QuestionIntent.Help } => RenderHelp(reply),
            { Answered: false } or { Results.Count: 0 } => RenderNotFound(reply),
            { Intent: QuestionIntent.Source } when reply.Results.All(p => p.Paragraph == 0) => RenderArticleList(reply),
            _ => RenderPassages(reply, buttons),
        };
        message["allowed_mentions"] = NoPings();
        return message;
    }

    /// <summary>A short plain message (errors, "expired"), escaped and within the content limit.</summary>
    public static JsonObject Text(string text) => new()
    {
        ["content"] = Content(text),
        ["allowed_mentions"] = NoPings(),
    };

    public static JsonObject NoPings() => new() { ["parse"] = new JsonArray() };

    private static JsonObject RenderHelp(ChatReply reply)
    {
        var embed = new JsonObject
        {
            ["title"] = "ArticleBot",
            ["description"] = Fit(reply.Message ?? "Ask me about the article.", DiscordLimits.EmbedDescription),
            ["color"] = Blurple,
        };
        if (reply.SuggestionsOrEmpty.Count > 0)
        {
            embed["fields"] = new JsonArray(new JsonObject
            {
                ["name"] = "Try asking",
                ["value"] = Bullets(reply.SuggestionsOrEmpty, DiscordLimits.FieldValue),
            });
        }

        return new JsonObject { ["embeds"] = new JsonArray(embed) };
    }

    private static JsonObject RenderNotFound(ChatReply reply)
    {
        var text = new StringBuilder(DiscordMarkdown.Escape(reply.Message ?? NotFound));
        if (reply.SuggestionsOrEmpty.Count > 0)
        {
            text.Append("\nYou could ask:\n").Append(Bullets(reply.SuggestionsOrEmpty, DiscordLimits.Content - text.Length - 20));
        }

        return new JsonObject { ["content"] = TextTrimmer.Trim(text.ToString(), DiscordLimits.Content) };
    }

    private static JsonObject RenderArticleList(ChatReply reply)
    {
        var lines = reply.Results.Select(p =>
            $"• {Link(p.Title, p.Url)} — `{p.ArticleId.Replace("`", "", StringComparison.Ordinal)}`");
        return new JsonObject
        {
            ["content"] = reply.Message is { } m ? Content(m) : null,
            ["embeds"] = new JsonArray(new JsonObject
            {
                ["title"] = "Articles",
                ["description"] = JoinWithin(lines, DiscordLimits.EmbedDescription),
                ["color"] = Blurple,
            }),
        };
    }

    private static JsonObject RenderPassages(ChatReply reply, ReplyButtons buttons)
    {
        var passages = reply.Results.Take(DiscordLimits.Embeds).ToList();
        var fullText = reply.Intent == QuestionIntent.Source;
        if (reply.Lead is { } lead && !fullText)
        {
            return WithButtons(new JsonObject { ["embeds"] = new JsonArray(LeadEmbed.Render(lead, passages)) }, reply, passages, buttons);
        }

        // Share the 6000-character total between the embeds; shrink until the escaped result fits.
        var budget = Math.Min(fullText ? 3500 : 1500, (DiscordLimits.EmbedTotal - 400) / passages.Count);
        JsonArray embeds;
        do
        {
            embeds = new JsonArray(passages.Select(p => (JsonNode)Embed(p, budget, fullText)).ToArray());
            budget = budget * 3 / 4;
        }
        while (TotalLength(embeds) > DiscordLimits.EmbedTotal && budget > 50);

        var message = new JsonObject { ["embeds"] = embeds };
        if (reply.Message is { Length: > 0 } text)
        {
            message["content"] = Content(text);
        }

        return WithButtons(message, reply, passages, buttons);
    }

    private static JsonObject WithButtons(JsonObject message, ChatReply reply, List<AnswerPassage> passages, ReplyButtons buttons)
    {
        var rows = new JsonArray();
        if (Buttons(reply, passages, buttons) is { Count: > 0 } row)
        {
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = row });
        }

        if (FeedbackButtons.Row(reply, buttons.QuestionKey) is { } votes)
        {
            rows.Add(votes);
        }

        if (rows.Count > 0)
        {
            message["components"] = rows;
        }

        return message;
    }

    private static JsonObject Embed(AnswerPassage passage, int budget, bool fullText)
    {
        var body = fullText || passage.Snippet.Length == 0
            ? DiscordMarkdown.Escape(TextTrimmer.Trim(passage.Text, budget))
            : Highlighted(passage.Snippet, passage.Highlights, budget);
        var description = $"{body}\n\n{Attribution(passage)}";
        return new JsonObject
        {
            ["description"] = TextTrimmer.Trim(description, DiscordLimits.EmbedDescription),
            ["color"] = Blurple,
        };
    }

    /// <summary>"— Liang Wenfeng · [Title](url) · ¶6"; the speaker only for quotations.</summary>
    public static string Attribution(AnswerPassage passage)
    {
        var parts = new List<string>();
        if (passage.SpeakerLabel is { Length: > 0 } speaker)
        {
            var name = DiscordMarkdown.Escape(TextTrimmer.Trim(speaker, 100));
            parts.Add(passage.IsParaphrase ? $"{name} (paraphrased)" : $"**{name}**");
        }

        parts.Add(Link(passage.Title, passage.Url));
        if (passage.Paragraph > 0)
        {
            parts.Add($"¶{passage.Paragraph}");
        }

        return "— " + string.Join(" · ", parts);
    }

    /// <summary>Bolds the matched words. Ranges refer to the raw snippet; those cut off by trimming are dropped.</summary>
    public static string Highlighted(string snippet, IReadOnlyList<TextRange> highlights, int budget)
    {
        var trimmed = TextTrimmer.Trim(snippet, budget);
        var kept = ReferenceEquals(trimmed, snippet) ? trimmed.Length : trimmed.Length - TextTrimmer.Ellipsis.Length;
        var builder = new StringBuilder(trimmed.Length + 32);
        var position = 0;
        foreach (var range in highlights.OrderBy(r => r.Start))
        {
            var start = Math.Max(range.Start, position);
            var end = Math.Min(range.End, kept);
            if (start >= end)
            {
                continue;
            }

            builder.Append(DiscordMarkdown.Escape(trimmed[position..start]))
                .Append("**").Append(DiscordMarkdown.Escape(trimmed[start..end])).Append("**");
            position = end;
        }

        return builder.Append(DiscordMarkdown.Escape(trimmed[position..])).ToString();
    }

    private static JsonArray Buttons(ChatReply reply, List<AnswerPassage> passages, ReplyButtons buttons)
    {
        var row = new JsonArray();
        if (reply.HasMore && buttons.QuestionKey is { } key && ButtonIds.More(key, buttons.Skip + buttons.Top) is var more && ButtonIds.Fits(more))
        {
            row.Add(Button("More results", more, style: 1));
        }

        if (reply.Intent != QuestionIntent.Source)
        {
            foreach (var passage in passages.Where(p => p.Paragraph > 0 && p.Snippet != p.Text).DistinctBy(p => (p.ArticleId, p.Paragraph)))
            {
                var id = ButtonIds.Paragraph(passage.ArticleId, passage.Paragraph);
                if (ButtonIds.Fits(id) && row.Count < DiscordLimits.ButtonsPerRow - 1)
                {
                    row.Add(Button($"Full paragraph ¶{passage.Paragraph}", id, style: 2));
                }
            }
        }

        if (buttons.IsPrivate && buttons.QuestionKey is { } shareKey && ButtonIds.Share(shareKey, buttons.Skip) is var share && ButtonIds.Fits(share))
        {
            row.Add(Button("Share", share, style: 3));
        }

        return row;
    }

    private static JsonObject Button(string label, string customId, int style) => new()
    {
        ["type"] = 2,
        ["style"] = style,
        ["label"] = TextTrimmer.Trim(label, DiscordLimits.ButtonLabel),
        ["custom_id"] = customId,
    };

    private static string Link(string title, string? url)
    {
        var text = DiscordMarkdown.Escape(TextTrimmer.Trim(title, 200));
        return url is { Length: <= 512 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"[{text}]({uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})"
            : $"*{text}*";
    }

    private static string Content(string text) =>
        TextTrimmer.Trim(DiscordMarkdown.Escape(TextTrimmer.Trim(text, DiscordLimits.Content)), DiscordLimits.Content);

    private static string Fit(string text, int max) => TextTrimmer.Trim(DiscordMarkdown.Escape(TextTrimmer.Trim(text, max)), max);

    private static string Bullets(IEnumerable<string> items, int max) =>
        JoinWithin(items.Select(s => "• " + DiscordMarkdown.Escape(TextTrimmer.Trim(s, 200))), Math.Max(max, 1));

    /// <summary>Whole lines only, as many as fit.</summary>
    private static string JoinWithin(IEnumerable<string> lines, int max)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length + line.Length + 1 > max)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? "" : "\n").Append(line);
        }

        return builder.Length == 0 ? "…" : builder.ToString();
    }

    private static int TotalLength(JsonArray embeds) => embeds.OfType<JsonObject>().Sum(e =>
        (e["title"]?.GetValue<string>().Length ?? 0) + (e["description"]?.GetValue<string>().Length ?? 0));
}
