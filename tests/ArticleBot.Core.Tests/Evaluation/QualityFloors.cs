using ArticleBot.Core.Evaluation;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The quality the bot must keep on every question set (the targets of the answer-quality issue).</summary>
internal static class QualityFloors
{
    public static EvalFloors Required { get; } = new(
        AskHitAt1: 0.95,
        AskHitAt3: 0.98,
        AskMrr: 0.97,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        NoneAbstention: 0.9,
        MaxWrongAbstention: 0.02);
}
