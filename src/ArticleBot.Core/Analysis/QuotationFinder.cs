namespace ArticleBot.Core.Analysis;

/// <summary>
/// Finds double-quoted text, curly (“…”) or straight ("…"). Single quotes are left alone: inside a quotation they
/// mark a quote within the quote (‘inscrutable wizards’), and elsewhere they are usually apostrophes.
/// </summary>
public static class QuotationFinder
{
    public static IReadOnlyList<QuotationSpan> Find(string text)
    {
        var spans = new List<QuotationSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c is '“' or '„' || (c == '"' && open < 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));
            var closes = c is '”' || (c == '"' && open >= 0);
            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && closes)
            {
                if (i > open + 1)
                {
                    spans.Add(new QuotationSpan(new Range(open, i + 1), new Range(open + 1, i)));
                }

                open = -1;
            }
            else if (open >= 0 && c is '“')
            {
                open = i; // an unclosed quotation before this one: start again here
            }
        }

        // A quotation left open at the end of a paragraph runs to its end, as in multi-paragraph quotes.
        if (open >= 0 && text.Length - open > 2)
        {
            spans.Add(new QuotationSpan(new Range(open, text.Length), new Range(open + 1, text.Length)));
        }

        return spans;
    }

    /// <summary>True when the quotation is (nearly) the whole paragraph.</summary>
    public static bool IsStandalone(string text, QuotationSpan span)
    {
        var (offset, length) = span.Outer.GetOffsetAndLength(text.Length);
        var outside = text[..offset] + text[(offset + length)..];
        return outside.Trim().Trim('.', ',', ' ').Length == 0;
    }
}
