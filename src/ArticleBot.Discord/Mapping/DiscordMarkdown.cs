using System.Text;

namespace ArticleBot.Discord.Mapping;

/// <summary>Escapes article and user text so Discord shows it literally: a passage with <c>*</c>, <c>_</c>, <c>`</c>,
/// <c>[x](y)</c> or <c>&lt;@id&gt;</c> must not turn into formatting, links or mentions.</summary>
internal static class DiscordMarkdown
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<' or '>' or '#' ||
                (lineStart && c is '-' or '+'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }
}
