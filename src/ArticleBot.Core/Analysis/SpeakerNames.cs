using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// The article's speakers, looked up by the word at hand instead of compared one by one with every word of the
/// text. Answers exactly as a pass over the list in order would: the first speaker whose whole name starts at
/// the word (the last word of the name may carry a possessive), else the first with the word as an alias.
/// </summary>
internal sealed class SpeakerNames
{
    private readonly IReadOnlyList<Speaker> _speakers;
    private readonly string[][] _parts;
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byOnlyWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byPart = new(StringComparer.Ordinal);

    private SpeakerNames(IReadOnlyList<Speaker> speakers)
    {
        _speakers = speakers;
        _parts = speakers.Select(speaker => speaker.Name.Split(' ')).ToArray();
        for (var s = 0; s < _parts.Length; s++)
        {
            if (_parts[s].Length == 1)
            {
                _byOnlyWord.TryAdd(_parts[s][0], s);
            }
            else
            {
                _byFirstWord.AddToGroup(_parts[s][0], s);
            }

            foreach (var alias in speakers[s].Aliases)
            {
                _byAlias.TryAdd(alias, s);
            }

            foreach (var part in _parts[s].Skip(1).Where(part => _parts[s].Length > 1))
            {
                _byPart.AddToGroup(part, speakers[s].Name);
            }
        }
    }

    /// <summary>The people whose names share the surname <paramref name="word"/> ("Reyes" for Tom and Ana Reyes) when
    /// it is no one's alias; empty otherwise.</summary>
    public IReadOnlyList<string> Sharing(Word word) =>
        !_byAlias.ContainsKey(word.Bare) && _byPart.TryGetValue(word.Bare, out var people) && people.Count > 1 ? people : [];

    public static SpeakerNames Of(IReadOnlyList<Speaker> speakers) => new(speakers);

    /// <summary>The speaker named at <paramref name="index"/>, and in how many words. A name after "the" is not a
    /// person but a thing named after them ("the Thorley method", "the Smith family"): English puts no article
    /// before a person's name, only before a role ("the principal"), which is read elsewhere.</summary>
    public (string? Speaker, int Length) Match(IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        if (index > 0 && word.IsCapitalized && words[index - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return (null, 0);
        }

        var bare = word.Bare;
        var best = _byOnlyWord.TryGetValue(bare, out var only) ? only : int.MaxValue;
        if (_byFirstWord.TryGetValue(word.Text, out var candidates))
        {
            foreach (var s in candidates)
            {
                if (s > best)
                {
                    break;
                }

                if (index + _parts[s].Length <= words.Count && MatchesName(words, index, _parts[s]))
                {
                    best = s;
                    break;
                }
            }
        }

        if (best != int.MaxValue)
        {
            return (_speakers[best].Name, _parts[best].Length);
        }

        return _byAlias.TryGetValue(bare, out var aliased) ? (_speakers[aliased].Name, 1) : (null, 0);
    }

    /// <summary>Every word of the name in order, the last one allowed a possessive ("Liang Wenfeng’s").</summary>
    private static bool MatchesName(IReadOnlyList<Word> words, int index, string[] parts)
    {
        var last = parts.Length - 1;
        for (var k = 0; k < last; k++)
        {
            if (words[index + k].Text != parts[k])
            {
                return false;
            }
        }

        return words[index + last].BareEquals(parts[last]);
    }
}
