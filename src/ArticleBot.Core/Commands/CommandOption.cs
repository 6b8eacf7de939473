namespace ArticleBot.Core.Commands;

/// <summary>One option of a chat command, as a slash command declares it.</summary>
/// <param name="Name">Lower-case, as Discord requires (1-32 characters).</param>
/// <param name="Description">At most 100 characters (Discord's limit).</param>
public sealed record CommandOption(
    string Name,
    CommandOptionKind Kind,
    string Description,
    bool Required = false,
    int? MaxLength = null,
    bool Autocomplete = false,
    int? MinValue = null);
