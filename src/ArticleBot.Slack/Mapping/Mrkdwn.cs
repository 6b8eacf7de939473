using ArticleBot.Core.Analysis;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// Slack mrkdwn text. Only &amp;, &lt; and &gt; are escaped, as Slack documents; that alone stops quoted text from
/// firing <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c> or <c>&lt;@U…&gt;</c> mentions.
/// </summary>
internal static class Mrkdwn
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Escapes and fits a limit; trims the raw text (at a sentence) so an escape is never cut in half.</summary>
    public static string EscapeAndFit(string text, int maxLength)
    {
        var budget = maxLength;
        while (true)
        {
            var escaped = Escape(TextTrimmer.Trim(text, budget));
            if (escaped.Length <= maxLength)
            {
                return escaped;
            }

            // Escapes grow the text; shrink the raw budget in proportion, always by at least one.
            budget = Math.Max(1, Math.Min(budget - 1, (int)((long)budget * maxLength / escaped.Length)));
        }
    }

    /// <summary>A link whose label and target cannot break out of the &lt;url|label&gt; syntax.</summary>
    public static string Link(string url, string label) =>
        $"<{Escape(url).Replace("|", "%7C")}|{Escape(label).Replace("|", "¦")}>";
}
