using ArticleBot.Core.Analysis;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Measures the evidence a passage holds for a question, beyond what BM25 sees: which of the question's concepts
/// it covers (weighted by rarity), which sentence covers most, and whether neighbouring question words stand close
/// together. The best sentence becomes the snippet; coverage decides abstention.
/// </summary>
public static class PassageScorer
{
    /// <summary>Question words this many positions apart or closer count as standing together.</summary>
    private const int ProximityWindow = 4;

    /// <summary>A match list grown past this is not kept for the next passage.</summary>
    private const int MaxKeptMatches = 1024;

    [ThreadStatic]
    private static List<(int Concept, AnalyzedToken Token, double Weight)>? t_matches;

    /// <summary>Matches weighing this much or more are the question's own words or their corrections.</summary>
    private const double DirectWeight = 0.85;

    /// <summary>How much coverage a sentence that holds the wanted kind of answer outright may lack and still be preferred.</summary>
    private const double AnswerPreference = 0.15;

    /// <param name="attributedNames">Lower-case words of the names of people quoted in the passage: a quotation
    /// paragraph is Liang's even where it never says "Liang", so "did Liang say…" finds it.</param>
    /// <param name="answerStrength">How strongly a sentence holds the kind of answer asked for (a number, a date, a
    /// name), 0–1, given where it names what a "how many" question counts (null: nothing to count); between sentences that cover the question
    /// about equally, it picks the one that answers it.</param>
    /// <param name="cache">Analyses of the index's passages, when it keeps them.</param>
    /// <param name="countedConcepts">For "how many employees…", the concepts naming what is counted, one bit per
    /// concept: a sentence holds the answer only if its number stands beside one of them, not beside anything else.</param>
    /// <param name="nearestInMeaning">The sentence the embedding model finds nearest the question: between sentences
    /// the words rank equally (often none of them matching, for a paragraph found by meaning), it is the best one.</param>
    /// <param name="fullNames">Pairs of the question's concepts that together are a person's full name, given name
    /// first (<see cref="PersonNameParts"/>).</param>
    public static PassageEvidence Score(string text, IReadOnlyList<Concept> concepts, IReadOnlySet<string>? attributedNames = null, Func<string, IReadOnlyList<int>?, double>? answerStrength = null, PassageAnalysisCache? cache = null, ulong countedConcepts = 0, Range? nearestInMeaning = null, IReadOnlyList<(int Given, int Surname)>? fullNames = null)
    {
        // Uncached, only tokens that can match a concept are kept: the loops below look at no others.
        var analysis = cache?.Get(text) ?? PassageAnalysis.Of(
            text,
            concepts.SelectMany(concept => concept.PhraseStems is var (first, second) ? concept.Forms.Keys.Append(first).Append(second) : concept.Forms.Keys).ToHashSet(StringComparer.Ordinal),
            concepts.Select(concept => concept.Exact).ToHashSet(StringComparer.Ordinal));
        var (stems, exact, sentences) = analysis;

        var totalIdf = concepts.Sum(concept => concept.Importance);
        if (concepts.Count == 0 || totalIdf <= 0)
        {
            return new PassageEvidence(0, sentences[0], 0, 0, []);
        }

        // For each concept, the tokens that match it and how much each is worth, in passage order. Loops, not LINQ:
        // this runs for every candidate of every question.
        // The list is kept per thread for the next passage: it was a tenth of what an answer allocated. Taken, not
        // borrowed, so a reentrant call would make its own.
        var matches = t_matches ?? new List<(int Concept, AnalyzedToken Token, double Weight)>(32);
        t_matches = null;
        matches.Clear();
        var named = new bool[concepts.Count];
        var matchedConcepts = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            var first = matches.Count;
            for (var t = 0; t < stems.Count; t++)
            {
                var token = stems[t];
                if (concept.Forms.TryGetValue(token.Term, out var weight))
                {
                    matches.Add((c, token, weight));
                }
            }

            if (concept.PhraseStems is var (phraseFirst, phraseSecond))
            {
                AddPhraseMatches(matches, c, stems, phraseFirst, phraseSecond);
            }

            var stemMatches = matches.Count;
            for (var t = 0; t < exact.Count; t++)
            {
                var token = exact[t];
                if (token.Term == concept.Exact && !StartsAt(matches, first, stemMatches, token.Start))
                {
                    matches.Add((c, token, 1.0));
                }
            }

            named[c] = attributedNames?.Contains(concept.Exact) == true;
            if (named[c] || matches.Count > first)
            {
                matchedConcepts++;
            }
        }

        foreach (var (given, surname) in fullNames ?? [])
        {
            matchedConcepts += PersonNameParts.CoverAlone(text, matches, named, given, surname) + PersonNameParts.CoverAlone(text, matches, named, surname, given);
        }

        double CoverageIn(int start, int end, double minimumWeight = 0)
        {
            var covered = 0.0;
            for (var c = 0; c < concepts.Count; c++)
            {
                var best = named[c] ? 1.0 : 0.0;
                foreach (var match in matches)
                {
                    if (match.Concept == c && match.Weight >= minimumWeight && match.Token.Start >= start && match.Token.End <= end)
                    {
                        best = Math.Max(best, match.Weight);
                    }
                }

                covered += best * concepts[c].Importance;
            }

            return covered / totalIdf;
        }

        var coverage = CoverageIn(0, text.Length);
        var bestSentence = sentences[0];
        var bestSentenceCoverage = -1.0;
        var bestRank = -1.0;
        var (typedCoverage, presence) = (0.0, 0.0);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var (offset, length) = sentence.GetOffsetAndLength(text.Length);
            var sentenceCoverage = CoverageIn(offset, offset + length);
            var strength = answerStrength is null ? 0
                : answerStrength(text[sentence], countedConcepts == 0 ? null : CountedAt(matches, countedConcepts, offset, offset + length));
            // The answer is where the question's words and the kind of answer it wants stand in one sentence.
            typedCoverage = Math.Max(typedCoverage, strength * sentenceCoverage);
            presence = Math.Max(presence, strength);
            // Only a sentence that holds the answer outright (a full name, a number with its unit, a year) is worth
            // some coverage: one that holds only something of its kind ("Chinese", a bare number, a month) is as
            // likely not to answer, and moving the best sentence to it moves the snippet off the better-covering one.
            var rank = sentenceCoverage + (strength >= 1 ? AnswerPreference : 0);
            if (rank > bestRank + 1e-9 || (rank > bestRank - 1e-9 && nearestInMeaning is { } nearest && nearest.Equals(sentence)))
            {
                (bestSentence, bestSentenceCoverage, bestRank) = (sentence, sentenceCoverage, rank);
            }
        }

        var evidence = new PassageEvidence(
            coverage,
            bestSentence,
            Math.Max(0, bestSentenceCoverage),
            Proximity(concepts.Count, matches),
            Highlights(matches),
            CoverageIn(0, text.Length, minimumWeight: DirectWeight),
            matchedConcepts,
            typedCoverage,
            presence >= AnswerStrength.Partial,
            presence);
        if (matches.Capacity <= MaxKeptMatches)
        {
            t_matches = matches;
        }

        return evidence;
    }

    /// <summary>The matched spans, each once, by start (ties in match order): what
    /// <c>Select(…).Distinct().OrderBy(range => range.Start)</c> gives, without its iterators, set and sort buffers.</summary>
    private static List<TextRange> Highlights(List<(int Concept, AnalyzedToken Token, double Weight)> matches)
    {
        var ranges = new List<TextRange>(matches.Count);
        foreach (var match in matches)
        {
            var range = new TextRange(match.Token.Start, match.Token.End - match.Token.Start);
            if (!ranges.Contains(range))
            {
                // Insertion keeps the sort stable: after every range that starts at or before this one.
                var at = ranges.Count;
                while (at > 0 && ranges[at - 1].Start > range.Start)
                {
                    at--;
                }

                ranges.Insert(at, range);
            }
        }

        return ranges;
    }

    /// <summary>Where, from the sentence's start, the sentence names what a "how many" question counts.</summary>
    private static List<int> CountedAt(List<(int Concept, AnalyzedToken Token, double Weight)> matches, ulong concepts, int start, int end)
    {
        var found = new List<int>();
        foreach (var match in matches)
        {
            if ((concepts & (1UL << match.Concept)) != 0 && match.Token.Start >= start && match.Token.End <= end)
            {
                found.Add(match.Token.Start - start);
            }
        }

        return found;
    }

    /// <summary>The phrase as written: its two words next to each other, matched as one span worth 1.0.</summary>
    private static void AddPhraseMatches(List<(int Concept, AnalyzedToken Token, double Weight)> matches, int concept, IReadOnlyList<AnalyzedToken> stems, string first, string second)
    {
        for (var i = 0; i + 1 < stems.Count; i++)
        {
            if (stems[i].Term == first && stems[i + 1].Term == second && stems[i + 1].Position == stems[i].Position + 1)
            {
                matches.Add((concept, stems[i] with { End = stems[i + 1].End }, 1.0));
            }
        }
    }

    private static bool StartsAt(List<(int Concept, AnalyzedToken Token, double Weight)> matches, int from, int to, int start)
    {
        for (var i = from; i < to; i++)
        {
            if (matches[i].Token.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    private static double Proximity(int conceptCount, List<(int Concept, AnalyzedToken Token, double Weight)> matches)
    {
        if (conceptCount < 2)
        {
            return 0;
        }

        var pairs = 0;
        for (var c = 0; c + 1 < conceptCount; c++)
        {
            if (StandTogether(matches, c, c + 1))
            {
                pairs++;
            }
        }

        return (double)pairs / (conceptCount - 1);
    }

    private static bool StandTogether(List<(int Concept, AnalyzedToken Token, double Weight)> matches, int first, int second)
    {
        foreach (var a in matches)
        {
            if (a.Concept != first)
            {
                continue;
            }

            foreach (var b in matches)
            {
                if (b.Concept == second && a.Token.Position != b.Token.Position && Math.Abs(a.Token.Position - b.Token.Position) <= ProximityWindow)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Longest common subsequence of two word lists over the shorter one's length: how much of a
    /// remembered fragment appears, in order, in a quotation.</summary>
    public static double OrderedOverlap(IReadOnlyList<string> fragment, IReadOnlyList<string> quotation)
    {
        if (fragment.Count == 0 || quotation.Count == 0)
        {
            return 0;
        }

        var table = new int[fragment.Count + 1, quotation.Count + 1];
        for (var i = 1; i <= fragment.Count; i++)
        {
            for (var j = 1; j <= quotation.Count; j++)
            {
                table[i, j] = fragment[i - 1] == quotation[j - 1]
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return (double)table[fragment.Count, quotation.Count] / fragment.Count;
    }
}
