using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArticleBot.Core.Evaluation;

/// <summary>Question-answering quality over one question file, per kind of question.</summary>
public sealed record EvalReport(
    int AskCount,
    double AskHitAt1,
    double AskHitAt3,
    double AskMrr,
    int QuoteCount,
    double QuoteHitAt1,
    double QuoteSpeakerAccuracy,
    int WhoCount,
    double WhoAccuracy,
    int NoneCount,
    int NoneAbstained,
    int AnswerableCount,
    int WronglyAbstained,
    IReadOnlyList<string> Misses)
{
    public double NoneAbstentionRate => NoneCount == 0 ? 1 : (double)NoneAbstained / NoneCount;

    public double WrongAbstentionRate => AnswerableCount == 0 ? 0 : (double)WronglyAbstained / AnswerableCount;

    public string ToJson() => JsonSerializer.Serialize(this, EvalJsonContext.Default.EvalReport);

    public string ToText()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"ask    ({AskCount,3}): Hit@1 {AskHitAt1:0.000}  Hit@3 {AskHitAt3:0.000}  MRR {AskMrr:0.000}");
        text.AppendLine(culture, $"quote  ({QuoteCount,3}): Hit@1 {QuoteHitAt1:0.000}  speaker accuracy {QuoteSpeakerAccuracy:0.000}");
        text.AppendLine(culture, $"who    ({WhoCount,3}): accuracy {WhoAccuracy:0.000}");
        text.AppendLine(culture, $"none   ({NoneCount,3}): abstained {NoneAbstained}/{NoneCount} ({NoneAbstentionRate:0.000})");
        text.AppendLine(culture, $"answerable wrongly abstained: {WronglyAbstained}/{AnswerableCount} ({WrongAbstentionRate:0.000})");
        return text.ToString();
    }

    /// <summary>All the figures on one line, for logs and CI summaries.</summary>
    public string ToSummaryLine() => string.Create(CultureInfo.InvariantCulture,
        $"ask Hit@1 {AskHitAt1:0.000} Hit@3 {AskHitAt3:0.000} MRR {AskMrr:0.000}; quote Hit@1 {QuoteHitAt1:0.000} speaker {QuoteSpeakerAccuracy:0.000}; who {WhoAccuracy:0.000}; out of scope declined {NoneAbstained}/{NoneCount}; answerable declined {WronglyAbstained}/{AnswerableCount}");

    /// <summary>The floors this report falls below, as readable lines; empty when it meets them all.</summary>
    public IReadOnlyList<string> Shortfalls(EvalFloors floors)
    {
        var shortfalls = new List<string>();
        void Check(string name, double value, double? floor, bool higherIsBetter = true)
        {
            if (floor is { } limit && (higherIsBetter ? value < limit - 1e-9 : value > limit + 1e-9))
            {
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.000} is {(higherIsBetter ? "below" : "above")} {limit:0.000}"));
            }
        }

        Check("ask Hit@1", AskHitAt1, AskCount > 0 ? floors.AskHitAt1 : null);
        Check("ask Hit@3", AskHitAt3, AskCount > 0 ? floors.AskHitAt3 : null);
        Check("ask MRR", AskMrr, AskCount > 0 ? floors.AskMrr : null);
        Check("quote Hit@1", QuoteHitAt1, QuoteCount > 0 ? floors.QuoteHitAt1 : null);
        Check("quote speaker accuracy", QuoteSpeakerAccuracy, QuoteCount > 0 ? floors.QuoteSpeakerAccuracy : null);
        Check("who accuracy", WhoAccuracy, WhoCount > 0 ? floors.WhoAccuracy : null);
        Check("out-of-scope abstention", NoneAbstentionRate, NoneCount > 0 ? floors.NoneAbstention : null);
        Check("wrong abstention", WrongAbstentionRate, floors.MaxWrongAbstention, higherIsBetter: false);
        return shortfalls;
    }
}

/// <summary>Minimum quality an evaluation must reach; null means "not checked".</summary>
public sealed record EvalFloors(
    double? AskHitAt1 = null,
    double? AskHitAt3 = null,
    double? AskMrr = null,
    double? QuoteHitAt1 = null,
    double? QuoteSpeakerAccuracy = null,
    double? WhoAccuracy = null,
    double? NoneAbstention = null,
    double? MaxWrongAbstention = null);
