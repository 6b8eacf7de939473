using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleBot.Core.Answering.Declining;

namespace ArticleBot.Core.Answering.Ranking;

/// <summary>One set of the linear ranker's weights. The thresholds of the decision to answer are the file's
/// <c>declines</c> (<see cref="DeclineThresholds"/>).</summary>
public sealed record RankerWeights(
    double Bm25,
    double Coverage,
    double Sentence,
    double Proximity,
    double Speaker,
    double AnswerType,
    double Semantic,
    double SentenceSemantic = 0,
    double Meaning = 0,
    double AnswerPresence = 0,
    double ArticleMargin = 0,
    double MeaningRank = 0)
{
    public const int Count = 12;

    /// <summary>The weights as a vector, in <see cref="PassageFeatures"/> order (the fitter's view).</summary>
    public double[] ToArray() => [Bm25, Coverage, Sentence, Proximity, Speaker, AnswerType, Semantic, SentenceSemantic, Meaning, AnswerPresence, ArticleMargin, MeaningRank];

    public static RankerWeights FromArray(IReadOnlyList<double> weights)
    {
        double At(int index) => weights.Count > index ? weights[index] : 0;
        return new(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6], At(7), At(8), At(9), At(10), At(11));
    }
}

/// <summary>
/// The fitted weights, one set for answering from words alone and one for words with the embedding model, with the
/// thresholds of the decision to answer for each; the file is written by <c>articlebot fit</c> and read from the
/// assembly (or from <see cref="AnsweringOptions.RankerWeightsPath"/>).
/// </summary>
public sealed record RankerWeightsFile(
    [property: JsonPropertyName("lexical")] RankerWeights Lexical,
    [property: JsonPropertyName("hybrid")] RankerWeights Hybrid,
    [property: JsonPropertyName("fit")] RankerFitSummary? Fit = null,
    [property: JsonPropertyName("declines")] DeclineSets? Declines = null)
{
    private const string ResourceName = "ArticleBot.Core.Answering.Ranking.ranker-weights.json";

    /// <summary>The file shipped in the assembly: the weights <c>articlebot fit</c> last wrote into the repository.</summary>
    public static RankerWeightsFile Default { get; } = ReadDefault();

    public static RankerWeightsFile Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path)) ?? throw new JsonException("empty file");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ArticleBotException($"The ranker weights {path} cannot be read ({exception.Message}); run `articlebot fit` to write them, or unset ArticleBot:Answering:RankerWeightsPath.", innerException: exception);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, RankerJsonContext.Default.RankerWeightsFile);

    /// <summary>The thresholds of the decision to answer, for the set in use.</summary>
    public DeclineThresholds DeclinesFor(bool semantic) => Declines?.For(semantic) ?? DeclineThresholds.HandSet;

    /// <summary>A file written before the thresholds had a section of their own keeps each set's cosines where it
    /// held them (<c>semanticAccept</c>, <c>semanticReject</c>) and the coverage floors that were hand-set then.</summary>
    private static RankerWeightsFile? Parse(string json)
    {
        var file = JsonSerializer.Deserialize(json, RankerJsonContext.Default.RankerWeightsFile);
        if (file is null || file.Declines is not null)
        {
            return file;
        }

        using var document = JsonDocument.Parse(json);
        DeclineThresholds Older(string set) => DeclineThresholds.HandSet with
        {
            SemanticAccept = Cosine(document.RootElement, set, "semanticAccept") ?? DeclineThresholds.HandSet.SemanticAccept,
            SemanticReject = Cosine(document.RootElement, set, "semanticReject") ?? DeclineThresholds.HandSet.SemanticReject,
        };
        return file with { Declines = new DeclineSets(Older("lexical"), Older("hybrid")) };
    }

    private static double? Cosine(JsonElement root, string set, string name) =>
        root.TryGetProperty(set, out var weights) && weights.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static RankerWeightsFile ReadDefault()
    {
        using var stream = typeof(RankerWeightsFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in ArticleBot.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd()) ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}

/// <summary>How the weights were fitted, kept beside them so the file says where it came from.</summary>
public sealed record RankerFitSummary(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("crossValidatedHit1")] double CrossValidatedHit1,
    [property: JsonPropertyName("crossValidatedMrr")] double CrossValidatedMrr,
    [property: JsonPropertyName("fittedHit1")] double FittedHit1);

[JsonSerializable(typeof(RankerWeightsFile))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class RankerJsonContext : JsonSerializerContext;
