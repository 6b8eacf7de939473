namespace ArticleBot.Core.Evaluation;

/// <summary>One question set's floors in floors.json.</summary>
/// <param name="Floors">What every setting holds (with the embedding model and words alone).</param>
/// <param name="Hybrid">What the hybrid ranker was measured at, held besides with the model on; null: nothing more.</param>
public sealed record SetFloors(EvalFloors Floors, EvalFloors? Hybrid = null)
{
    /// <summary>The floors a setting's quality tests hold the set to together: with the model on, the stricter of
    /// <see cref="Floors"/> and <see cref="Hybrid"/> for each figure.</summary>
    public EvalFloors For(bool hybrid) => hybrid && Hybrid is { } measured
        ? new EvalFloors(
            Max(Floors.AskHitAt1, measured.AskHitAt1), Max(Floors.AskHitAt3, measured.AskHitAt3), Max(Floors.AskMrr, measured.AskMrr),
            Max(Floors.QuoteHitAt1, measured.QuoteHitAt1), Max(Floors.QuoteSpeakerAccuracy, measured.QuoteSpeakerAccuracy),
            Max(Floors.WhoAccuracy, measured.WhoAccuracy), Max(Floors.NoneAbstention, measured.NoneAbstention),
            Min(Floors.MaxWrongAbstention, measured.MaxWrongAbstention))
        : Floors;

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static double? Min(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
