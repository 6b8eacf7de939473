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

    /// <summary>Our paraphrased questions (synonyms, typos, chat style) meet the answer-quality targets too; the
    /// floors are the targets, with abstention held at what is measured (15 of 16 declined, 0 of 97 wrongly).</summary>
    public static EvalFloors Paraphrased { get; } = Required with { NoneAbstention = 0.93, MaxWrongAbstention = 0.01 };

    /// <summary>Questions written blind, in four rounds of 30, a fifth of 21 (mostly who-said and quotes) and a sixth of
    /// 19 (typos, keywords), after
    /// the paraphrased set met its targets and before any change was made for them: the closest stand-in for the
    /// held-out set. Each round was first measured as written (ask Hit@1 0.68, 0.72, 0.87, 0.83, 2 of 5 with every
    /// quote and who-said right in the fifth, 0.79 in the sixth); the general fixes their misses pointed to brought the whole set
    /// here. Below the targets: these floors only stop a change from making things worse.</summary>
    public static EvalFloors Blind { get; } = new(
        AskHitAt1: 0.89,
        AskHitAt3: 0.96,
        AskMrr: 0.92,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        NoneAbstention: 0.9,
        MaxWrongAbstention: 0.025);

    /// <summary>Measured on the made-up second article's questions; as for <see cref="Paraphrased"/>.</summary>
    public static EvalFloors SecondArticle { get; } = new(
        AskHitAt1: 0.92,
        AskHitAt3: 0.98,
        AskMrr: 0.95,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        MaxWrongAbstention: 0.02);

    /// <summary>Questions on the second article written blind (first measured at ask Hit@1 0.64): how the bot does on
    /// an article nobody tuned the related words for. As for <see cref="Blind"/>, a floor, not the target.</summary>
    public static EvalFloors SecondArticleBlind { get; } = new(
        AskHitAt1: 0.71,
        AskHitAt3: 0.78,
        AskMrr: 0.73,
        QuoteHitAt1: 1.0,
        QuoteSpeakerAccuracy: 1.0,
        WhoAccuracy: 1.0,
        MaxWrongAbstention: 0.06);
}
