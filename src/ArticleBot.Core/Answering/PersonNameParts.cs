using ArticleBot.Core.Analysis;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// English names a person in full once and by one part of the name after ("Agnes Thorley … Thorley is
/// seventy-one"; a feature's "Agnes said"): a question that gives the full name is answered by a passage that gives
/// either part alone, which covers the whole name. A part that stands beside another name ("his wife, Denise
/// Thorley"; "Agnes Moss") is someone else, and covers nothing more.
/// </summary>
internal static class PersonNameParts
{
    /// <summary>The pairs of consecutive concepts that are a person's given name and surname, in that order, among the
    /// people the articles quote.</summary>
    public static List<(int Given, int Surname)> In(IReadOnlyList<Concept> concepts, ILookup<string, string> speakersByNameWord)
    {
        var pairs = new List<(int Given, int Surname)>();
        for (var i = 0; i + 1 < concepts.Count; i++)
        {
            var (given, surname) = (concepts[i].Exact, concepts[i + 1].Exact);
            if (speakersByNameWord[given].Intersect(speakersByNameWord[surname], StringComparer.Ordinal).Any(name => Before(name, given, surname)))
            {
                pairs.Add((i, i + 1));
            }
        }

        return pairs;
    }

    /// <summary>Credits the concept <paramref name="missing"/> where the passage names the person by
    /// <paramref name="present"/> alone, when the passage never gives the missing part itself; 1 when it did.</summary>
    public static int CoverAlone(string text, List<(int Concept, AnalyzedToken Token, double Weight)> matches, bool[] named, int missing, int present)
    {
        if (named[missing] || matches.Exists(match => match.Concept == missing))
        {
            return 0;
        }

        var surnameAlone = missing < present;
        var credited = 0;
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var (concept, token, weight) = matches[i];
            if (concept == present && char.IsUpper(text[token.Start]) && !(surnameAlone ? NameBefore(text, token.Start) : NameAfter(text, token.End)))
            {
                matches.Add((missing, token, weight));
                credited = 1;
            }
        }

        return credited;
    }

    private static bool Before(string name, string given, string surname)
    {
        var words = name.Split(' ').Select(word => TextNormalizer.Fold(word).ToLowerInvariant()).ToList();
        var at = words.IndexOf(given);
        return at >= 0 && words.IndexOf(surname, at + 1) > at;
    }

    /// <summary>Whether a capitalised word other than a title ("Mr", "Dr") stands just before, in the same sentence.</summary>
    private static bool NameBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '-' or '\'' or '’' or '.'))
        {
            begin--;
        }

        var word = text[begin..end].TrimEnd('.');
        return end < start && word.Length > 0 && char.IsUpper(word[0]) && !SpeechVerbs.Titles.Contains(word);
    }

    /// <summary>Whether a capitalised word stands just after, in the same sentence.</summary>
    private static bool NameAfter(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
}
