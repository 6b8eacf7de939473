using ArticleBot.Core.Answering.Declining;

namespace ArticleBot.Core.Evaluation;

/// <summary>The decide stage's coverage floors as the fit chose them: fitted per fold on the other folds' articles,
/// and kept only where they beat the floors in use on the articles they were not fitted on.</summary>
/// <param name="Replaced">Whether the fitted floors replaced those in use (they did better held out).</param>
/// <param name="CrossValidated">Held out, each fold with its fitted weights and fitted floors.</param>
/// <param name="CrossValidatedInUse">Held out, each fold with its fitted weights and the floors in use.</param>
/// <param name="ByFold">Each fold's fitted thresholds.</param>
/// <param name="OnAll">The thresholds fitted on every question.</param>
public sealed record CoverageFit(bool Replaced, FitFigures CrossValidated, FitFigures CrossValidatedInUse, IReadOnlyList<DeclineThresholds> ByFold, DeclineThresholds OnAll);
