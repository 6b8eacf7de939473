using System.Globalization;

namespace ArticleBot.Core.Evaluation;

/// <summary>Reads a kept set's minimums as `fit --keep FILE#hit1=0.89,mrr=0.92,declined=0.025` writes them: the
/// figures of <see cref="EvalFloors"/> the fitter can replay (ask Hit@1, Hit@3 and MRR, unanswerable declined, and
/// the most of the answerable declined).</summary>
public static class KeptFloors
{
    /// <exception cref="FormatException">A name the fitter does not replay, or a share that is not a number in [0, 1].</exception>
    public static EvalFloors Parse(string text)
    {
        var floors = new EvalFloors();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var left, var right] ? (left.Trim(), right.Trim()) : throw new FormatException($"Expected NAME=SHARE, got '{pair}'.");
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
            {
                throw new FormatException($"'{value}' is not a share between 0 and 1.");
            }

            floors = name.ToLowerInvariant() switch
            {
                "hit1" => floors with { AskHitAt1 = share },
                "hit3" => floors with { AskHitAt3 = share },
                "mrr" => floors with { AskMrr = share },
                "none" => floors with { NoneAbstention = share },
                "declined" => floors with { MaxWrongAbstention = share },
                _ => throw new FormatException($"'{name}' is not one of hit1, hit3, mrr, none, declined."),
            };
        }

        return floors;
    }
}
