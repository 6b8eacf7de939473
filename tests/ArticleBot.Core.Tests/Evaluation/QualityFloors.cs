using ArticleBot.Core.Evaluation;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The quality the bot must keep on each question set, so that it never regresses.</summary>
internal static class QualityFloors
{
    /// <summary>The answer-quality issue's targets; the dev set meets them.</summary>
    public static EvalFloors Required { get; } = new(
        AskHitAt1: 0.95,
        AskHitAt3: 0.98,
        AskMrr: 0.97,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        NoneAbstention: 0.9,
        MaxWrongAbstention: 0.02);

    /// <summary>Measured on our paraphrased questions (synonyms, typos, chat style). Where they are below the
    /// answer-quality targets (ask Hit@1 0.95, Hit@3 0.98, MRR 0.97), the targets are not met yet: these
    /// floors only stop a change from making things worse. Raise them as the bot improves.</summary>
    public static EvalFloors Paraphrased { get; } = new(
        AskHitAt1: 0.94,
        AskHitAt3: 0.97,
        AskMrr: 0.95,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        NoneAbstention: 0.93,
        MaxWrongAbstention: 0.015);

    /// <summary>Measured on the made-up second article's questions; as for <see cref="Paraphrased"/>.</summary>
    public static EvalFloors SecondArticle { get; } = new(
        AskHitAt1: 0.85,
        AskHitAt3: 0.98,
        AskMrr: 0.91,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        MaxWrongAbstention: 0.02);
}
