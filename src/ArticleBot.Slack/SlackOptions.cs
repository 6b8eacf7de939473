using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Slack;

/// <summary>Settings of the section <c>ArticleBot:Slack</c>, checked at start by <see cref="SlackOptionsValidator"/>.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "ArticleBot:Slack";
    public const string EnabledKey = SectionName + ":Enabled";
    public const string AppTokenKey = SectionName + ":AppToken";
    public const string BotTokenKey = SectionName + ":BotToken";
    public const string SigningSecretKey = SectionName + ":SigningSecret";
    public const string ApiBaseUrlKey = SectionName + ":ApiBaseUrl";
    public const string AdminsKey = SectionName + ":Admins";
    public const string DedupeWindowKey = SectionName + ":DedupeWindow";
    public const string ThreadCapacityKey = SectionName + ":ThreadCapacity";

    /// <summary><c>true</c> runs the adapter and requires its tokens; <c>false</c> keeps it off whatever tokens are set;
    /// unset, it runs when <see cref="BotToken"/> is set (a mistyped token key then only logs that Slack is off).</summary>
    public bool? Enabled { get; set; }

    /// <summary>App-level token (xapp-…, scope connections:write); turns Socket Mode on.</summary>
    public string? AppToken { get; set; }

    /// <summary>Bot token (xoxb-…) used for every Web API call.</summary>
    public string? BotToken { get; set; }

    /// <summary>Signing secret that verifies HTTP requests from Slack (HTTP mode).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Base of every Web API call; pointing it at a local server moves the whole client there.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Slack user ids (U…/W…) who may add and remove articles with <c>/articles add</c> and
    /// <c>/articles remove</c>; empty: nobody.</summary>
    public string[] Admins { get; set; } = [];

    /// <summary>How long an event id is remembered so that Slack's redelivery is answered once; Slack's last retry
    /// comes about 5 minutes after the first, so a shorter window may answer it again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = DedupeWindowKey + " must be between {1} and {2}.")]
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Threads remembered as the bot's (answered threads, and assistant threads), so follow-ups there are
    /// answered without a mention; oldest forgotten first.</summary>
    [Range(1, 10_000_000, ErrorMessage = ThreadCapacityKey + " must be between {1} and {2}.")]
    public int ThreadCapacity { get; set; } = 10_000;

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    public bool UsesHttpMode => !string.IsNullOrWhiteSpace(SigningSecret);
}
