using System.Collections.Frozen;

namespace ArticleBot.Core.Language;

/// <summary>
/// The word lists the analysis uses, kept as data (Language/*.txt, embedded in the assembly) rather than code: each
/// is general English, and a change to one is a change of data with its own review, not an edit of a rule.
/// Lines starting with # are comments; words are separated by white space, or one entry per line when an entry may
/// hold spaces.
/// </summary>
internal static class WordList
{
    public static IReadOnlySet<string> Load(string name, StringComparer? comparer = null, bool wholeLines = false)
    {
        var resource = $"ArticleBot.Core.Language.{name}.txt";
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {resource} is not embedded in ArticleBot.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), wholeLines).ToFrozenSet(comparer ?? StringComparer.Ordinal);
    }

    internal static IEnumerable<string> Parse(string text, bool wholeLines) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(line => wholeLines ? [line] : line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
