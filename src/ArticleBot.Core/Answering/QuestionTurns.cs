using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering.Ranking;
using ArticleBot.Core.Language;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// An interview, a podcast transcript or a page of questions and answers prints a question as a paragraph of its own
/// and its answer as the next one. The question paragraph holds the words a reader asks with ("What would you tell
/// another town…?") but never the answer, which shares few of them ("Start small and ask the fishermen first").
/// So a paragraph that only asks is not a passage to answer with: its evidence of matching the question passes to
/// the paragraph after it, which is ranked on the better of the two, and the question itself is dropped. One that
/// also tells (a host's "The council votes in January. Where do you stand?") is an ordinary paragraph: what it tells
/// may be the answer, and what matches in it may be what it tells rather than what it asks.
/// </summary>
internal static class QuestionTurns
{
    /// <summary>What may close a question after its mark: quotation marks and brackets.</summary>
    private static readonly char[] Closers = ['"', '”', '’', '\'', ')', ']', '*', '_'];

    private static readonly IReadOnlySet<string> AskingWords = WordList.Load("asking-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the reader asks about a question that was put ("who asked whether…", "what did she wonder"):
    /// then the paragraph that asks is the answer, and stays one.</summary>
    public static bool AsksAboutAsking(string readerQuestion) =>
        Word.Split(readerQuestion).Any(word => AskingWords.Contains(word.Bare));

    /// <summary>Whether the paragraph ends by asking: its last sentence is a question.</summary>
    public static bool IsQuestion(string paragraph)
    {
        var text = paragraph.AsSpan().TrimEnd().TrimEnd(Closers).TrimEnd();
        return text.Length > 0 && text[^1] == '?';
    }

    /// <summary>Whether every sentence of the paragraph asks: a question that tells nothing.</summary>
    public static bool OnlyAsks(string paragraph) =>
        IsQuestion(paragraph) && SentenceSplitter.SplitText(paragraph).All(IsQuestion);

    /// <summary>Adds, for every candidate that only asks, the paragraph after it (when that answers rather than
    /// asks again), found as well as the question was: BM25 sees the question's words, not the answer's.</summary>
    public static void AddAnswers(List<Candidate> candidates, IndexGeneration generation)
    {
        // Every question is answered through here: most have no candidate that asks, and pay for nothing more.
        if (!candidates.Exists(candidate => OnlyAsks(candidate.Text)))
        {
            return;
        }

        var known = candidates.Select(candidate => (candidate.Article.Id, candidate.Paragraph)).ToHashSet();
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var asking = candidates[i];
            if (OnlyAsks(asking.Text) && known.Add((asking.Article.Id, asking.Paragraph + 1))
                && generation.ParagraphText(asking.Article.Id, asking.Paragraph + 1) is { } answer && !IsQuestion(answer))
            {
                candidates.Add(new Candidate(asking.Article, asking.Paragraph + 1, answer, asking.RelativeBm25));
            }
        }
    }

    /// <summary>Gives each answer the better of its own and its question's evidence of matching the question, scored
    /// again by <paramref name="ranker"/>, and removes the questions that have an answer among the candidates. What
    /// the answer holds of the kind of answer asked for (a number, a name) stays its own.</summary>
    public static void MergeIntoAnswers(List<RankedPassage> ranked, IPassageRanker ranker)
    {
        if (!ranked.Exists(passage => OnlyAsks(passage.PassageText)))
        {
            return;
        }

        var at = new Dictionary<(string, int), int>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            at[(ranked[i].Article.Id, ranked[i].Paragraph)] = i;
        }

        var questions = new List<int>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var asking = ranked[i];
            if (OnlyAsks(asking.PassageText) && at.TryGetValue((asking.Article.Id, asking.Paragraph + 1), out var answer)
                && !IsQuestion(ranked[answer].PassageText))
            {
                ranked[answer] = Merge(asking, ranked[answer], ranker);
                questions.Add(i);
            }
        }

        for (var i = questions.Count - 1; i >= 0; i--)
        {
            ranked.RemoveAt(questions[i]);
        }
    }

    private static RankedPassage Merge(RankedPassage asking, RankedPassage answer, IPassageRanker ranker)
    {
        var (q, a) = (asking.Features, answer.Features);
        var features = a with
        {
            Bm25 = Math.Max(q.Bm25, a.Bm25),
            Coverage = Math.Max(q.Coverage, a.Coverage),
            Sentence = Math.Max(q.Sentence, a.Sentence),
            Proximity = Math.Max(q.Proximity, a.Proximity),
            Speaker = Math.Max(q.Speaker, a.Speaker),
            Semantic = Math.Max(q.Semantic, a.Semantic),
            SentenceSemantic = Math.Max(q.SentenceSemantic, a.SentenceSemantic),
            Meaning = Math.Max(q.Meaning, a.Meaning),
            MeaningRank = Math.Max(q.MeaningRank, a.MeaningRank),
        };
        var (qe, ae) = (asking.Evidence, answer.Evidence);
        return answer with
        {
            Evidence = ae with
            {
                Coverage = Math.Max(qe.Coverage, ae.Coverage),
                DirectCoverage = Math.Max(qe.DirectCoverage, ae.DirectCoverage),
                MatchedConcepts = Math.Max(qe.MatchedConcepts, ae.MatchedConcepts),
            },
            Features = features,
            Score = ranker.Score(features),
            MatchScore = ranker.Score(features.Matching),
            Cosine = Max(asking.Cosine, answer.Cosine),
            SentenceCosine = Max(asking.SentenceCosine, answer.SentenceCosine),
        };
    }

    private static float? Max(float? first, float? second) => first is { } x && second is { } y ? Math.Max(x, y) : first ?? second;
}
