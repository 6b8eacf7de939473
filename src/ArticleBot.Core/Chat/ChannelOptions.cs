using Microsoft.Extensions.Configuration;

namespace ArticleBot.Core.Chat;

/// <summary>Section <c>ArticleBot:Channels</c>: settings keyed by a Discord channel, thread parent or server (guild)
/// id, or a Slack channel id. Discord's ids are numbers and Slack's start with a letter, so one table serves both.</summary>
public sealed class ChannelOptions
{
    public const string Section = "ArticleBot:Channels";

    /// <summary>The names of <see cref="ChannelSettings"/>' settings, as configuration matches them (any case).</summary>
    internal static readonly HashSet<string> SettingNames = new(
        [nameof(ChannelSettings.Enabled), nameof(ChannelSettings.Articles), nameof(ChannelSettings.ThreadsOnly), nameof(ChannelSettings.Forum),
         nameof(ChannelSettings.UserQuestions), nameof(ChannelSettings.ChannelQuestions)],
        StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ChannelSettings> Channels { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys under a channel that name no setting, for the validator to report.</summary>
    internal List<string> UnknownKeys { get; } = [];

    /// <summary>Bound by hand: the section is the dictionary itself, not an object holding one.</summary>
    internal static void Bind(IConfigurationSection section, ChannelOptions options)
    {
        foreach (var entry in section.GetChildren())
        {
            var settings = new ChannelSettings();
            entry.Bind(settings);
            options.Channels[entry.Key] = settings;
            // A misspelt setting would otherwise be ignored without a word; the validator names it.
            options.UnknownKeys.AddRange(entry.GetChildren().Where(child => !SettingNames.Contains(child.Key)).Select(child => child.Path));
        }
    }
}
