using ArticleBot.Core.Analysis;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Picks the lead of an answered reply from its passages (extractive only): a quotation with its speaker for quote
/// and who-said questions; for other questions the snippet's sentence that holds the kind of answer asked for (the
/// number for "how many", the date for "when", a name for "who"), else the snippet's first sentence.
/// </summary>
internal static class AnswerLeadBuilder
{
    public static AnswerLead? Build(QuestionIntent intent, string search, IReadOnlyList<AnswerPassage> results, IReadOnlySet<string> personNames)
    {
        if (results.Count == 0 || intent is not (QuestionIntent.Ask or QuestionIntent.Quote or QuestionIntent.Who))
        {
            return null;
        }

        var best = results[0];
        if (best.Quote is { Length: > 0 } quote && !best.IsParaphrase && intent != QuestionIntent.Ask)
        {
            var text = best.Speaker is { Length: > 0 } speaker
                ? intent == QuestionIntent.Who ? ReplyTexts.SaidIt(speaker, quote) : ReplyTexts.Said(speaker, quote)
                : ReplyTexts.Unattributed(quote);
            return new AnswerLead([new LeadSegment(text, CitationsOf(results, best))]);
        }

        var sentence = AnswerSentence(best.Snippet.Length > 0 ? best.Snippet : best.Text, AnswerType.Of(search), personNames);
        return sentence.Length == 0 ? null : new AnswerLead([new LeadSegment(sentence, CitationsOf(results, best))]);
    }

    /// <summary>The first sentence of <paramref name="snippet"/> holding the kind of answer asked for, else its first.</summary>
    internal static string AnswerSentence(string snippet, AnswerType.Kind kind, IReadOnlySet<string> personNames)
    {
        var sentences = SentenceSplitter.SplitText(snippet).Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0).ToList();
        if (sentences.Count == 0)
        {
            return snippet.Trim();
        }

        return kind == AnswerType.Kind.Any
            ? sentences[0]
            : sentences.FirstOrDefault(sentence => AnswerType.IsPresent(kind, sentence, personNames)) ?? sentences[0];
    }

    /// <summary>Number 1 for the best passage, and the number of every other passage of the same paragraph text
    /// (one passage per paragraph is shown, so that is another article carrying the same words).</summary>
    private static List<int> CitationsOf(IReadOnlyList<AnswerPassage> results, AnswerPassage best)
    {
        var citations = new List<int> { 1 };
        for (var i = 1; i < results.Count; i++)
        {
            if (results[i].Text == best.Text)
            {
                citations.Add(i + 1);
            }
        }

        return citations;
    }
}
