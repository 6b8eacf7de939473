using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Commands;

/// <summary>
/// The one table of commands. The question parser reads its names and aliases, Discord registers its slash commands
/// from it, Slack maps its slash commands by it, the command line takes its descriptions, help its lines and the
/// metrics their tags: a new command is one row here (and its handling where it differs).
/// </summary>
public static class ChatCommands
{
    /// <summary>The Discord and Slack option of <see cref="Add"/>, and the text of the Slack command after its name.</summary>
    public const string UrlOption = "url";

    public const string IdOption = "id";

    public static ChatCommand Ask { get; } = new("ask", QuestionIntent.Ask, "Ask a question about the articles", "ask")
    {
        Options =
        [
            new("question", CommandOptionKind.Text, "What you want to know", Required: true, MaxLength: 500),
            new("private", CommandOptionKind.Flag, "Only you see the answer (you can share it afterwards)"),
        ],
        QuestionOption = "question",
        HelpLine = "Ask a question: \"{example}\"",
    };

    public static ChatCommand Quote { get; } = new("quote", QuestionIntent.Quote, "Find a quotation by the words you remember, and who said it", "quote")
    {
        Options = [new("text", CommandOptionKind.Text, "Words of the quotation", Required: true, MaxLength: 500, Autocomplete: true)],
        QuestionOption = "text",
        HelpLine = "/quote <words you remember>: find a quotation and its speaker.",
    };

    // Not a Discord command: "who said …?" in /ask or a mention finds the same.
    public static ChatCommand Who { get; } = new("who", QuestionIntent.Who, "Find who said something", "who")
    {
        Surfaces = CommandSurface.Text | CommandSurface.Slack,
        HelpLine = "Who said …? finds who said something.",
    };

    public static ChatCommand Source { get; } = new("source", QuestionIntent.Source, "List the articles, or show one paragraph in full", "source")
    {
        Aliases = ["sources", "articles"],
        Options =
        [
            new("article", CommandOptionKind.Text, "Article id, as listed by /source"),
            new("paragraph", CommandOptionKind.Integer, "Paragraph number (¶)", MinValue: 1),
        ],
        HelpLine = "/source: list the articles; /source <article> <paragraph>: show a paragraph in full.",
    };

    public static ChatCommand Help { get; } = new("help", QuestionIntent.Help, "What ArticleBot can do", "help")
    {
        Aliases = ["start"],
        Surfaces = CommandSurface.Text | CommandSurface.Discord | CommandSurface.Slack,
        HelpLine = "/help: this message.",
    };

    public static ChatCommand Add { get; } = new("add", null, "Add an article from a link: fetch the page and keep its story and metadata", "add")
    {
        Group = "articles",
        Admin = AdminAction.AddArticle,
        Surfaces = CommandSurface.Discord | CommandSurface.Slack | CommandSurface.Cli,
        Options = [new(UrlOption, CommandOptionKind.Text, "The http or https link of the article's page", Required: true, MaxLength: 2000)],
    };

    public static ChatCommand Remove { get; } = new("remove", null, "Remove an article added from a link (never one of the articles folder)", "remove")
    {
        Group = "articles",
        Admin = AdminAction.RemoveArticle,
        Surfaces = CommandSurface.Discord | CommandSurface.Slack | CommandSurface.Cli,
        Options = [new(IdOption, CommandOptionKind.Text, "The id of the added article, as /source lists it", Required: true, MaxLength: 200)],
    };

    /// <summary>Every command, in the order help lists them.</summary>
    public static IReadOnlyList<ChatCommand> All { get; } = [Ask, Quote, Who, Source, Help, Add, Remove];

    private static readonly Dictionary<QuestionIntent, ChatCommand> ByIntent =
        All.Where(command => command.Intent is not null).ToDictionary(command => command.Intent!.Value);

    private static readonly Dictionary<string, ChatCommand> ByWord = All
        .Where(command => command.Surfaces.HasFlag(CommandSurface.Text))
        .SelectMany(command => command.Aliases.Prepend(command.Name).Select(word => (word, command)))
        .ToDictionary(pair => pair.word, pair => pair.command, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, ChatCommand> ByChatName =
        All.ToDictionary(command => command.ChatName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The command of a question intent.</summary>
    public static ChatCommand For(QuestionIntent intent) => ByIntent[intent];

    /// <summary>The command a word typed after <c>/</c> names (<c>quote</c>, <c>sources</c>), or null.</summary>
    public static ChatCommand? ForWord(string word) => ByWord.GetValueOrDefault(word);

    /// <summary>The command of a chat platform's name (<c>ask</c>, <c>articles add</c>) on that platform, or null.</summary>
    public static ChatCommand? ForChatName(string name, CommandSurface surface) =>
        ByChatName.GetValueOrDefault(name) is { } command && command.Surfaces.HasFlag(surface) ? command : null;

    /// <summary>The commands of one platform.</summary>
    public static IEnumerable<ChatCommand> On(CommandSurface surface) => All.Where(command => command.Surfaces.HasFlag(surface));
}
