using System.Text.Json;
using ArticleBot.Core;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Interactions;

/// <summary>
/// <c>articlebot discord register</c>: puts the slash commands in place once, for a bot that answers over HTTP only
/// and so never connects the gateway (where READY would register them). Needs the bot token this once.
/// </summary>
public static class DiscordCommandRegistration
{
    /// <summary>Registers the commands (globally, or to <see cref="DiscordOptions.GuildId"/>) and says what was done;
    /// a refusal is an <see cref="ArticleBotException"/> whose message says what to fix.</summary>
    public static async Task<string> RegisterAsync(DiscordOptions options, ILoggerFactory loggers, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesGateway)
        {
            throw new ArticleBotException(
                "ArticleBot:Discord:Token is required to register the commands (only this once: HTTP interactions run without it).");
        }

        if (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
        {
            throw new ArticleBotException("ArticleBot:Discord:Token must be the bare token and ArticleBot:Discord:ApiBaseUrl an absolute address.");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var rest = new DiscordRestClient(http, options, new DiscordRateLimiter(time), time, loggers.CreateLogger<DiscordRestClient>());
        try
        {
            var applicationId = options.ApplicationId is { Length: > 0 } id ? id : await rest.GetApplicationIdAsync(cancellationToken);
            var guildId = string.IsNullOrWhiteSpace(options.GuildId) ? null : options.GuildId;
            var commands = SlashCommands.Definitions();
            await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken);
            var names = string.Join(", ", commands.Select(c => "/" + c!["name"]!.GetValue<string>()));
            return $"Registered {commands.Count} commands ({names}) for application {applicationId}, " +
                   $"{(guildId is null ? "globally (they may take a few minutes to appear)" : $"in server {guildId}")}; " +
                   "installable to servers and to users, usable in servers, the bot's DMs and other DMs (/articles: in servers, by members with Manage Server).";
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ArticleBotException($"Discord did not register the commands: {ex.Message}");
        }
    }
}
