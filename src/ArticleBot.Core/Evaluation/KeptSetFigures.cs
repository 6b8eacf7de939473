namespace ArticleBot.Core.Evaluation;

/// <summary>One kept question set under the fitted and the start weights, and how many questions' worth the fitted
/// weights fall short of its floors (0 when they hold them).</summary>
public sealed record KeptSetFigures(string Set, FitFigures Fitted, FitFigures Start, double Shortfall);
