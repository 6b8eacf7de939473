using System.Text;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Folds typographic variants (curly quotes, primes, dashes, non-breaking and zero-width spaces) to plain ASCII
/// forms, keeping the length unchanged so offsets into the folded text are offsets into the original.
/// People type <c>we're</c> for the article's <c>we’re</c>; both must match.
/// </summary>
public static class TextNormalizer
{
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
        _ => c,
    };

    /// <summary>Same length as the input; see <see cref="Fold(char)"/>.</summary>
    public static string Fold(string text)
    {
        var first = 0;
        while (first < text.Length && Fold(text[first]) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text; // nothing to fold: most paragraphs of plain ASCII text, with no copy
        }

        return string.Create(text.Length, (text, first), static (folded, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(folded);
            for (var i = state.first; i < folded.Length; i++)
            {
                folded[i] = Fold(state.text[i]);
            }
        });
    }

    /// <summary>Cleans user input: folds typography, drops control and zero-width characters, collapses spaces,
    /// and caps the length so a pasted essay cannot cost more than a long question.</summary>
    public static string CleanQuestion(string? text, int maxLength = 1000)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var lastWasSpace = true;
        foreach (var raw in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }

            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                continue; // zero-width joiners, direction marks
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().Trim();
    }
}
