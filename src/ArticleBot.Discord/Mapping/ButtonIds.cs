using System.Globalization;

namespace ArticleBot.Discord.Mapping;

/// <summary>The <c>custom_id</c>s of the reply buttons: <c>more:{key}:{skip}</c>, <c>para:{article}:{n}</c>,
/// <c>share:{key}:{skip}</c>. Each is at most 100 characters or the button is left out.</summary>
internal static class ButtonIds
{
    public static string More(string key, int skip) => $"more:{key}:{skip.ToString(CultureInfo.InvariantCulture)}";

    public static string Share(string key, int skip) => $"share:{key}:{skip.ToString(CultureInfo.InvariantCulture)}";

    public static string Paragraph(string articleId, int paragraph) =>
        $"para:{articleId}:{paragraph.ToString(CultureInfo.InvariantCulture)}";

    public static bool Fits(string customId) => customId.Length is > 0 and <= DiscordLimits.CustomId;

    /// <summary>Splits at the first and last colon, so article ids containing colons still round-trip.</summary>
    public static bool TryParse(string customId, out string kind, out string subject, out int number)
    {
        kind = subject = "";
        number = 0;
        var first = customId.IndexOf(':');
        var last = customId.LastIndexOf(':');
        if (first <= 0 || last <= first ||
            !int.TryParse(customId.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        kind = customId[..first];
        subject = customId[(first + 1)..last];
        return true;
    }
}
