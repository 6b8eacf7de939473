using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Conversations;

/// <summary>
/// What a follow-up question may refer to: the previous turn's question (resolved, so "and Microsoft?" has a frame),
/// the person it was about, its article and the passages shown so far. The core is stateless; a front end keeps this
/// and passes it back with the next question (<see cref="ChatQuestion.Previous"/>).
/// </summary>
/// <param name="Question">The last question as answered, with its references resolved.</param>
/// <param name="Intent">What that question was.</param>
/// <param name="Speaker">The person "he", "she", "his" and "her" refer to, when the conversation has named one.</param>
/// <param name="ArticleId">The article of the last answer.</param>
/// <param name="Shown">Passages shown so far, so "what else did he say?" offers others.</param>
/// <param name="Top">How many passages the last answer showed.</param>
/// <param name="Skip">How many it skipped, so "tell me more" shows the next ones.</param>
public sealed record ConversationState(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("i")] QuestionIntent Intent,
    [property: JsonPropertyName("s")] string? Speaker,
    [property: JsonPropertyName("a")] string? ArticleId,
    [property: JsonPropertyName("p")] IReadOnlyList<ShownPassage> Shown,
    [property: JsonPropertyName("t")] int Top,
    [property: JsonPropertyName("k")] int Skip)
{
    /// <summary>Passages remembered as shown; older ones are forgotten first.</summary>
    public const int MaxShown = 40;

    /// <summary>The last answer's passages, best first: what "when was that?" asks about. Null in a token written
    /// before it was kept.</summary>
    [JsonPropertyName("l")]
    public IReadOnlyList<ShownPassage>? Latest { get; init; }

    /// <summary>The largest token <see cref="FromToken"/> reads, so a client cannot hand the server a huge state.</summary>
    public const int MaxTokenLength = 8192;

    /// <summary>The state as an opaque URL-safe string, for a client (the web page) to send back.</summary>
    public string ToToken() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, ConversationJsonContext.Default.ConversationState));

    /// <summary>The state a token holds; null for none, or for a token that is not one (a fresh conversation then).</summary>
    public static ConversationState? FromToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(token), ConversationJsonContext.Default.ConversationState);
            return state is { Question: not null, Shown: not null } && Enum.IsDefined(state.Intent)
                ? state with { Shown = state.Shown.TakeLast(MaxShown).ToList(), Latest = state.Latest?.Take(ChatQuestion.MaxTop).ToList() }
                : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>One passage a conversation has shown.</summary>
public sealed record ShownPassage([property: JsonPropertyName("a")] string ArticleId, [property: JsonPropertyName("n")] int Paragraph);

[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
