using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Slack;

/// <summary>Settings of the section <c>ArticleBot:Slack</c>. The adapter is enabled when <see cref="BotToken"/> is set.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "ArticleBot:Slack";
    public const string AppTokenKey = SectionName + ":AppToken";
    public const string BotTokenKey = SectionName + ":BotToken";
    public const string SigningSecretKey = SectionName + ":SigningSecret";
    public const string ApiBaseUrlKey = SectionName + ":ApiBaseUrl";

    /// <summary>App-level token (xapp-…, scope connections:write); turns Socket Mode on.</summary>
    public string? AppToken { get; set; }

    /// <summary>Bot token (xoxb-…) used for every Web API call.</summary>
    [Required]
    public string? BotToken { get; set; }

    /// <summary>Signing secret that verifies HTTP requests from Slack (HTTP mode).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Base of every Web API call; pointing it at a local server moves the whole client there.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    public bool UsesHttpMode => !string.IsNullOrWhiteSpace(SigningSecret);
}
