using System.Globalization;

namespace ArticleBot.Core.Evaluation;

/// <summary>Reads a kept set's minimums as `fit --keep FILE#hit1=0.89,mrr=0.92,declined=0.025` writes them: the
/// figures of <see cref="EvalFloors"/> the fitter can replay (ask Hit@1, Hit@3 and MRR, unanswerable declined, and
/// the most of the answerable declined). The same names, with quote, speaker and who, are those of floors.json
/// (<see cref="FloorsFile"/>).</summary>
public static class KeptFloors
{
    /// <exception cref="FormatException">A name the fitter does not replay, or a share that is not a number in [0, 1].</exception>
    public static EvalFloors Parse(string text)
    {
        var floors = new EvalFloors();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var left, var right] ? (left.Trim(), right.Trim()) : throw new FormatException($"Expected NAME=SHARE, got '{pair}'.");
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
            {
                throw new FormatException($"'{value}' is not a share between 0 and 1.");
            }

            floors = With(floors, name, share, replayedOnly: true);
        }

        return floors;
    }

    /// <summary>The floors with the most of the answerable declined counted as <c>eval</c> counts it, over every
    /// answerable question of the set (quotations and who-said too), though the fitter replays only the questions
    /// answered from paragraphs: 0.025 of the blind set's 139 lets 3 be declined, which over its 114 replayed
    /// questions is 0.026, above the share as written.</summary>
    /// <param name="answerable">The set's answerable questions of every kind.</param>
    /// <param name="replayed">Those of them the fitter replays.</param>
    public static EvalFloors OverReplayed(EvalFloors floors, int answerable, int replayed)
    {
        if (floors.MaxWrongAbstention is not { } most || replayed == 0 || answerable <= replayed)
        {
            return floors;
        }

        // The fitter allows Floor(share x replayed) declines; a millionth over the count keeps that floor at the count.
        var declines = Math.Floor((most * answerable) + 1e-9);
        return floors with { MaxWrongAbstention = Math.Min(1, (declines / replayed) + 1e-6) };
    }

    /// <summary>The floors as `#…` gives them, for the fit to print what it held a kept set at.</summary>
    public static string Format(EvalFloors floors)
    {
        string? Pair(string name, double? share) => share is { } value ? $"{name}={value.ToString("0.###", CultureInfo.InvariantCulture)}" : null;
        return string.Join(',', new[]
        {
            Pair("hit1", floors.AskHitAt1), Pair("hit3", floors.AskHitAt3), Pair("mrr", floors.AskMrr), Pair("none", floors.NoneAbstention),
            Pair("declined", floors.MaxWrongAbstention),
        }.OfType<string>());
    }

    /// <param name="replayedOnly">Only the figures the fitter replays (for `#…`); otherwise the quote figures too.</param>
    /// <exception cref="FormatException">An unknown name, or a share outside [0, 1].</exception>
    internal static EvalFloors With(EvalFloors floors, string name, double share, bool replayedOnly)
    {
        if (share is < 0 or > 1 || double.IsNaN(share))
        {
            throw new FormatException($"'{share.ToString(CultureInfo.InvariantCulture)}' is not a share between 0 and 1.");
        }

        return (name.ToLowerInvariant(), replayedOnly) switch
        {
            ("hit1", _) => floors with { AskHitAt1 = share },
            ("hit3", _) => floors with { AskHitAt3 = share },
            ("mrr", _) => floors with { AskMrr = share },
            ("none", _) => floors with { NoneAbstention = share },
            ("declined", _) => floors with { MaxWrongAbstention = share },
            ("quote", false) => floors with { QuoteHitAt1 = share },
            ("speaker", false) => floors with { QuoteSpeakerAccuracy = share },
            ("who", false) => floors with { WhoAccuracy = share },
            _ => throw new FormatException($"'{name}' is not one of hit1, hit3, mrr, none, declined{(replayedOnly ? "" : ", quote, speaker, who")}."),
        };
    }
}
