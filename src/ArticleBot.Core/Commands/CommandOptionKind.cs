namespace ArticleBot.Core.Commands;

/// <summary>What a command option holds; each platform maps it to its own type (Discord: 3, 4, 5).</summary>
public enum CommandOptionKind
{
    Text,
    Integer,
    Flag,
}
