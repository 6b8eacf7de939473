namespace ArticleBot.Core.Commands;

/// <summary>Where a command of <see cref="ChatCommands"/> can be given.</summary>
[Flags]
public enum CommandSurface
{
    None = 0,
    /// <summary>Typed at the start of a question (<c>/quote …</c>) in any chat, the web page or <c>articlebot chat</c>.</summary>
    Text = 1,
    /// <summary>A Discord slash command, registered on start (or by <c>articlebot discord register</c>).</summary>
    Discord = 2,
    /// <summary>A Slack slash command (the app manifest in docs/slack.md lists them).</summary>
    Slack = 4,
    /// <summary>A subcommand of <c>articlebot</c>.</summary>
    Cli = 8,
    All = Text | Discord | Slack | Cli,
}
