using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

/// <summary>
/// Configuration mistakes of an enabled adapter stop the host at start with the key to fix, instead of failing on
/// the first message (or, for a missing token, silently leaving Slack off). Tokens are never echoed.
/// </summary>
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            return ValidateOptionsResult.Fail(
                $"Slack is enabled ({SlackOptions.EnabledKey}) but {SlackOptions.BotTokenKey} is not set: set it to the app's Bot User OAuth Token (xoxb-…), or set {SlackOptions.EnabledKey}=false.");
        }

        if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"{SlackOptions.BotTokenKey} must be the app's Bot User OAuth Token (it starts with xoxb-).");
        }

        if (options.UsesSocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"{SlackOptions.AppTokenKey} must be an app-level token (it starts with xapp-) with the connections:write scope.");
        }

        if (!options.UsesSocketMode && !options.UsesHttpMode)
        {
            return ValidateOptionsResult.Fail(
                $"Slack needs a way to receive events: set {SlackOptions.AppTokenKey} (xapp-…, Socket Mode) or {SlackOptions.SigningSecretKey} (HTTP mode).");
        }

        if (options.Admins.FirstOrDefault(id => !SlackUserId().IsMatch(id ?? "")) is { } bad)
        {
            return ValidateOptionsResult.Fail($"{SlackOptions.AdminsKey} must list Slack user ids (U… or W…, as a profile's \"Copy member ID\" gives them); \"{bad}\" is not one.");
        }

        return ValidateOptionsResult.Success;
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    private static partial Regex SlackUserId();
}
