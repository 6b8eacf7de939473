using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// A paragraph's quotations, the ranges outside them and the words of each of those ranges, found once: finding
/// people and attributing quotations both read them, and making a string of every word twice was a large part of
/// parsing.
/// </summary>
internal sealed class ParagraphWords
{
    private readonly string _text;
    private readonly IReadOnlyList<Word>[] _outsideWords;

    private ParagraphWords(string text)
    {
        _text = text;
        Quotations = QuotationFinder.Find(text);
        Outside = PersonNameFinder.OutsideQuotations(text, Quotations);
        _outsideWords = new IReadOnlyList<Word>[Outside.Count];
        for (var k = 0; k < Outside.Count; k++)
        {
            _outsideWords[k] = Word.Split(text, Outside[k].Start, Outside[k].End);
        }
    }

    public IReadOnlyList<QuotationSpan> Quotations { get; }

    /// <summary>The ranges of the paragraph outside double quotation marks.</summary>
    public IReadOnlyList<(int Start, int End)> Outside { get; }

    public static IReadOnlyList<ParagraphWords> Of(IReadOnlyList<Paragraph> paragraphs)
    {
        var all = new ParagraphWords[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            all[p] = new ParagraphWords(paragraphs[p].Text);
        }

        return all;
    }

    /// <summary>The words of outside range <paramref name="k"/>, as <see cref="Word.Split"/> over it gives them.</summary>
    public IReadOnlyList<Word> OutsideWords(int k) => _outsideWords[k];

    /// <summary>
    /// The words of <c>Word.Split(text, from, to)</c> for a part [from, to) of outside range <paramref name="k"/>.
    /// When no word of the range crosses <paramref name="from"/> or <paramref name="to"/>, the scan over the part
    /// finds exactly the range's words that lie inside it (a word's start and end depend only on the text up to its
    /// end); a word cut by the part's edge would be found shorter, so then the part is scanned on its own.
    /// </summary>
    public IReadOnlyList<Word> WordsBetween(int k, int from, int to)
    {
        var words = _outsideWords[k];
        var first = 0;
        while (first < words.Count && words[first].End <= from)
        {
            first++;
        }

        var last = first;
        while (last < words.Count && words[last].Start < to)
        {
            last++;
        }

        var cut = (first < words.Count && words[first].Start < from) || (last > first && words[last - 1].End > to);
        if (cut)
        {
            return Word.Split(_text, from, to);
        }

        return first == 0 && last == words.Count ? words : ((List<Word>)words).GetRange(first, last - first);
    }
}
