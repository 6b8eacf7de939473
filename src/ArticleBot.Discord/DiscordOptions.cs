using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Discord;

/// <summary>Settings of the Discord adapter, section <c>ArticleBot:Discord</c>. The adapter runs when
/// <see cref="Enabled"/> says so, or (left unset) when <see cref="Token"/> or <see cref="PublicKey"/> is set.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "ArticleBot:Discord";
    public const string EnabledKey = SectionName + ":" + nameof(Enabled);

    /// <summary>True: run, and stop the host naming the missing setting if it cannot; false: off whatever else is
    /// set; unset: on when a token or public key is set, so a mistyped variable is better made explicit.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token), for the gateway. Never logged. Without
    /// it the bot answers only HTTP interactions (<see cref="PublicKey"/>).</summary>
    public string Token { get; set; } = "";

    /// <summary>The application's public key (General Information → Public Key, 64 hex digits): turns on
    /// <c>POST /discord/interactions</c>, whose requests are checked against it.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The application id (General Information → Application ID), needed with <see cref="PublicKey"/> and
    /// by <c>articlebot discord register</c>; over the gateway it is learnt from READY.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Whether slash commands and buttons also arrive over HTTP.</summary>
    public bool UsesHttpInteractions => !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>Whether the gateway runs (mentions, DMs, forum posts, and interactions over the gateway).</summary>
    public bool UsesGateway => !string.IsNullOrWhiteSpace(Token);

    /// <summary>REST base address; the gateway address is asked from <c>{ApiBaseUrl}/gateway/bot</c>, so pointing
    /// this at a local server moves the whole client there.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, slash commands are registered to this guild only, where they appear at once.</summary>
    public string? GuildId { get; set; }

    /// <summary>Run only this shard (needs <see cref="ShardCount"/>); otherwise every shard of the count runs here.</summary>
    [Range(0, 100_000)]
    public int? ShardId { get; set; }

    /// <summary>Number of shards; otherwise Discord's recommended count from <c>/gateway/bot</c>.</summary>
    [Range(1, 100_000)]
    public int? ShardCount { get; set; }

    /// <summary>Answer follow-up messages in threads the bot answered in, without a mention. This is the only
    /// setting that needs the privileged MESSAGE_CONTENT intent (enable it in the Developer Portal first).</summary>
    public bool AnswerThreadFollowUps { get; set; }

    /// <summary>Where each shard keeps its session when the bot stops, so that a restart within Discord's resume
    /// window resumes it (missed events replayed, no new session start) instead of identifying again. Empty: not kept.</summary>
    public string? SessionFolder { get; set; }

    /// <summary>Message and interaction ids remembered so that an event Discord delivers again (or a RESUME
    /// replays) is answered once; oldest forgotten first. A RESUME replays what the bot missed, so keep it well above
    /// the messages of a few minutes.</summary>
    [Range(100, 10_000_000, ErrorMessage = SectionName + ":SeenIdCapacity must be between {1} and {2}.")]
    public int SeenIdCapacity { get; set; } = 5000;

    /// <summary>Questions remembered for their answers' buttons ("More results", "Share"); a button on an older
    /// answer says it has expired.</summary>
    [Range(1, 10_000_000, ErrorMessage = SectionName + ":QuestionCapacity must be between {1} and {2}.")]
    public int QuestionCapacity { get; set; } = 2000;

    /// <summary>Forum posts remembered as answered (also kept in <see cref="SessionFolder"/>), and posts awaiting
    /// their first message at most.</summary>
    [Range(1, 10_000_000, ErrorMessage = SectionName + ":AnsweredPostCapacity must be between {1} and {2}.")]
    public int AnsweredPostCapacity { get; set; } = 5000;

    /// <summary>Threads whose parent channel is remembered, so a thread follows its channel's settings.</summary>
    [Range(1, 10_000_000, ErrorMessage = SectionName + ":ThreadCapacity must be between {1} and {2}.")]
    public int ThreadCapacity { get; set; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesGateway && !UsesHttpInteractions)
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:Token is required to run the Discord adapter (or ArticleBot:Discord:PublicKey with " +
                "ArticleBot:Discord:ApplicationId for HTTP interactions only); set ArticleBot:Discord:Enabled=false to turn it off.",
                [nameof(Token)]);
        }

        if (UsesHttpInteractions && !IsHex(PublicKey!.Trim(), 64))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:PublicKey must be the application's public key, 64 hex digits (Developer Portal → General Information).",
                [nameof(PublicKey)]);
        }

        if (UsesHttpInteractions && !ulong.TryParse(ApplicationId, out _))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:ApplicationId is required with ArticleBot:Discord:PublicKey: the numeric Application ID (Developer Portal → General Information).",
                [nameof(ApplicationId)]);
        }

        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:Token must be the bare token, without the \"Bot \" prefix.", [nameof(Token)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:ApiBaseUrl must be an absolute http(s) address such as https://discord.com/api/v10.",
                [nameof(ApiBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(GuildId) && !ulong.TryParse(GuildId, out _))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:GuildId must be a numeric guild (server) id; copy it with Developer Mode on.",
                [nameof(GuildId)]);
        }

        if (ShardId is { } shard && (ShardCount is not { } count || shard >= count))
        {
            yield return new ValidationResult(
                "ArticleBot:Discord:ShardId needs ArticleBot:Discord:ShardCount, and must be less than it.",
                [nameof(ShardId), nameof(ShardCount)]);
        }
    }

    private static bool IsHex(string text, int length) => text.Length == length && text.All(char.IsAsciiHexDigit);
}
