using System.Text.Json.Nodes;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Mapping;

/// <summary>
/// An answer with a lead as one embed: the lead (with its [n] citations) is the description, and each passage is a
/// field named "[n] Title ¶N" holding its snippet and attribution, so a citation points at the field of that number.
/// </summary>
internal static class LeadEmbed
{
    private const int LeadBudget = 1500;
    private const int Color = 0x5865F2;

    public static JsonObject Render(AnswerLead lead, IReadOnlyList<AnswerPassage> passages)
    {
        var shown = passages.Take(DiscordLimits.EmbedFields).ToList();
        var description = TextTrimmer.Trim(Description(lead), DiscordLimits.EmbedDescription);
        // Share what the description leaves of the 6000-character total between the fields; shrink until it fits.
        var budget = Math.Min(DiscordLimits.FieldValue - 200, (DiscordLimits.EmbedTotal - description.Length - 300) / Math.Max(1, shown.Count));
        JsonArray fields;
        do
        {
            fields = new JsonArray(shown.Select((passage, i) => (JsonNode)Field(passage, i + 1, budget)).ToArray());
            budget = budget * 3 / 4;
        }
        while (description.Length + Length(fields) > DiscordLimits.EmbedTotal && budget > 50);

        return new JsonObject
        {
            ["description"] = description,
            ["color"] = Color,
            ["fields"] = fields,
        };
    }

    /// <summary>The lead's words escaped, its citations not: "[1]" is not a Markdown link without a "(url)".</summary>
    private static string Description(AnswerLead lead) => string.Join(" ", lead.Segments.Select(segment =>
        DiscordMarkdown.Escape(TextTrimmer.Trim(segment.Text, LeadBudget / lead.Segments.Count))
        + string.Concat(segment.Citations.Select(n => $" [{n}]"))));

    private static JsonObject Field(AnswerPassage passage, int number, int budget)
    {
        var place = passage.Paragraph > 0 ? $" ¶{passage.Paragraph}" : "";
        var body = passage.Snippet.Length == 0
            ? DiscordMarkdown.Escape(TextTrimmer.Trim(passage.Text, budget))
            : ReplyRenderer.Highlighted(passage.Snippet, passage.Highlights, budget);
        return new JsonObject
        {
            ["name"] = TextTrimmer.Trim($"[{number}] {TextTrimmer.Trim(passage.Title, 200)}{place}", DiscordLimits.FieldName),
            ["value"] = TextTrimmer.Trim($"{body}\n{ReplyRenderer.Attribution(passage)}", DiscordLimits.FieldValue),
        };
    }

    private static int Length(JsonArray fields) => fields.OfType<JsonObject>().Sum(field =>
        field["name"]!.GetValue<string>().Length + field["value"]!.GetValue<string>().Length);
}
