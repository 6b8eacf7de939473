using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Commands;

/// <summary>
/// One row of <see cref="ChatCommands"/>: everything the parser, the Discord and Slack adapters, the command line,
/// help and the metrics need to know of a command.
/// </summary>
/// <param name="Name">The command word (<c>ask</c>); the CLI subcommand too.</param>
/// <param name="Intent">The question it asks; null for an <see cref="Admin"/> command, which asks none.</param>
/// <param name="Description">One line, at most 100 characters: Discord's command description, the CLI's help.</param>
/// <param name="MetricTag">The <c>intent</c> (or, for admin commands, <c>command</c>) tag of the metrics.</param>
public sealed record ChatCommand(string Name, QuestionIntent? Intent, string Description, string MetricTag)
{
    /// <summary>Other words that mean the command when typed (<c>/sources</c>, <c>/start</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where the command can be given.</summary>
    public CommandSurface Surfaces { get; init; } = CommandSurface.All;

    /// <summary>Its options on Discord, in the order Discord shows them (required ones first).</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>The option whose value is the whole question; null: the command's name followed by every option's
    /// value is the text (<c>/source harbor-bridge 4</c>), which the parser reads as typed.</summary>
    public string? QuestionOption { get; init; }

    /// <summary>Its line of the help reply; <c>{example}</c> is replaced by a question drawn from the articles. Null:
    /// not in help (admin commands, which most readers cannot use).</summary>
    public string? HelpLine { get; init; }

    /// <summary>A slash command that holds this one as a subcommand (<c>/articles add</c>): on Discord a
    /// permission applies to a whole top-level command, so the admin commands have one of their own.</summary>
    public string? Group { get; init; }

    /// <summary>Set for a command only administrators may use (Discord: Manage Server; Slack:
    /// <c>ArticleBot:Slack:Admins</c>).</summary>
    public AdminAction? Admin { get; init; }

    /// <summary>The name as a chat platform shows it: <c>ask</c>, or <c>articles add</c> inside its group.</summary>
    public string ChatName => Group is null ? Name : $"{Group} {Name}";
}
