using System.Text;

namespace ArticleBot.Store;

/// <summary>The form questions are kept and grouped in: "Who  founded\nDeepSeek?" and "who founded deepseek?" are
/// one question asked twice.</summary>
internal static class QuestionText
{
    public const int MaxLength = 2000;

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

        return builder.ToString();
    }
}
