using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Chat;

/// <summary>Checks every entry of <c>ArticleBot:Channels</c> on start, naming the key of the one to fix: data
/// annotations do not look inside a dictionary's values.</summary>
internal sealed class ChannelOptionsValidator : IValidateOptions<ChannelOptions>
{
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "ChannelSettings is referenced directly, so its properties and attributes are kept.")]
    public ValidateOptionsResult Validate(string? name, ChannelOptions options)
    {
        var failures = options.UnknownKeys.Select(key => $"{key} is not a channel setting (known: {string.Join(", ", ChannelOptions.SettingNames)}).").ToList();
        foreach (var (id, settings) in options.Channels)
        {
            var key = $"{ChannelOptions.Section}:{id}";
            if (!IsId(id))
            {
                failures.Add($"{key}: a channel key must be a Discord channel or server id, or a Slack channel id (letters and digits only).");
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(result => $"{key}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}"));
            }

            if (settings.Articles.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{key}:Articles: an article id is blank; list ids as `articlebot articles` shows them.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsId(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);
}
