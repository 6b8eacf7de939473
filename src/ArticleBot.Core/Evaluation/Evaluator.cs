using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Evaluation;

/// <summary>
/// Runs evaluation questions through the answerer the way people would ask them: "quote" questions as the
/// <c>/quote</c> command, everything else as typed, so intent detection is measured too.
/// </summary>
public static class Evaluator
{
    public static EvalReport Run(IQuestionAnswerer answerer, IReadOnlyList<EvalQuestion> questions)
    {
        double askHit1 = 0, askHit3 = 0, askMrr = 0, quoteHit = 0, quoteSpeaker = 0, whoCorrect = 0;
        int asks = 0, quotes = 0, whos = 0, nones = 0, noneAbstained = 0, answerable = 0, wronglyAbstained = 0;
        var misses = new List<string>();

        foreach (var question in questions)
        {
            var kind = question.Kind.Trim().ToLowerInvariant();
            var intent = kind == "quote" ? QuestionIntent.Quote : (QuestionIntent?)null;
            var reply = answerer.Answer(new ChatQuestion(question.Question, intent) { Origin = new ChatOrigin("eval") });
            var expect = question.Expect;
            var rank = RankOfExpected(reply, expect);
            var first = reply.Answered ? reply.Results.FirstOrDefault() : null;

            if (kind == "none")
            {
                nones++;
                if (!reply.Answered)
                {
                    noneAbstained++;
                }
                else
                {
                    misses.Add($"{question.Id} (none): answered ¶{first?.Paragraph} for \"{question.Question}\"");
                }

                continue;
            }

            answerable++;
            if (!reply.Answered)
            {
                wronglyAbstained++;
            }

            var speakerRight = expect?.Speaker is null || string.Equals(first?.Speaker, expect.Speaker, StringComparison.OrdinalIgnoreCase);
            switch (kind)
            {
                case "quote":
                    quotes++;
                    quoteHit += rank == 1 ? 1 : 0;
                    quoteSpeaker += speakerRight && first is not null ? 1 : 0;
                    break;
                case "who":
                    whos++;
                    whoCorrect += speakerRight && first is not null ? 1 : 0;
                    break;
                default:
                    asks++;
                    askHit1 += rank == 1 ? 1 : 0;
                    askHit3 += rank is >= 1 and <= 3 ? 1 : 0;
                    askMrr += rank >= 1 ? 1.0 / rank : 0;
                    break;
            }

            if (rank != 1 || !speakerRight)
            {
                var got = reply.Answered ? string.Join(",", reply.Results.Select(result => $"¶{result.Paragraph}")) : "abstained";
                misses.Add($"{question.Id} ({kind}): expected ¶{string.Join("/", expect?.Paragraphs ?? [])}{(expect?.Speaker is null ? "" : $" by {expect.Speaker}")}, got {got}{(first?.Speaker is null ? "" : $" by {first.Speaker}")} for \"{question.Question}\"");
            }
        }

        static double Ratio(double value, int count) => count == 0 ? 0 : value / count;
        return new EvalReport(
            asks, Ratio(askHit1, asks), Ratio(askHit3, asks), Ratio(askMrr, asks),
            quotes, Ratio(quoteHit, quotes), Ratio(quoteSpeaker, quotes),
            whos, Ratio(whoCorrect, whos),
            nones, noneAbstained, answerable, wronglyAbstained, misses);
    }

    /// <summary>1-based rank of the first result in an expected paragraph (and article, when given); 0 when none is.</summary>
    private static int RankOfExpected(ChatReply reply, EvalExpectation? expect)
    {
        if (!reply.Answered || expect?.Paragraphs is not { Count: > 0 } paragraphs)
        {
            return 0;
        }

        for (var i = 0; i < reply.Results.Count; i++)
        {
            var result = reply.Results[i];
            if (paragraphs.Contains(result.Paragraph) && (expect.Article is null || string.Equals(expect.Article, result.ArticleId, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
