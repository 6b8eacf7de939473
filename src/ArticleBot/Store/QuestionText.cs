using System.Text;

namespace ArticleBot.Store;

/// <summary>The form questions are kept and grouped in: "Who  founded\nDeepSeek?", "who founded deepseek?" and
/// "who founded deepseek" are one question asked three times (a question mark is not a different question).</summary>
internal static class QuestionText
{
    public const int MaxLength = 2000;

    private const string TrailingMarks = "?!.…？！。";

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(character));
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var end = builder.Length;
        while (end > 0 && (TrailingMarks.Contains(builder[end - 1]) || char.IsWhiteSpace(builder[end - 1])))
        {
            end--;
        }

        // "???" alone is kept as typed: it is still a question someone asked.
        return end == 0 ? builder.ToString() : builder.ToString(0, end);
    }
}
