using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Commands;

/// <summary>
/// An admin command typed into a message ("@bot /articles add https://…") rather than given as the platform's slash
/// command. A message is read as a question, and "articles" is also an alias of /source, so without this the link
/// would be searched for; the reply says where the command is instead. Nothing is fetched or changed.
/// <see cref="QuestionAnswerer.Answer"/> reads it, so every front end gives the same reply.
/// </summary>
internal static class TypedAdminCommand
{
    /// <summary>The fixed reply to <paramref name="text"/> when it starts with an admin command's group and name
    /// (<c>/articles add</c>, with or without the slash, any case); null for every other message.</summary>
    public static ChatReply? Reply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.TrimStart().TrimStart('/').Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var command = ChatCommands.All.FirstOrDefault(candidate => candidate is { Admin: not null, Group: { } group }
            && group.Equals(words[0], StringComparison.OrdinalIgnoreCase) && candidate.Name.Equals(words[1], StringComparison.OrdinalIgnoreCase));
        return command is null ? null : new ChatReply(text, false, QuestionIntent.Help, [], Text(command));
    }

    internal static string Text(ChatCommand command) =>
        $"/{command.ChatName} is a slash command for administrators, not a question: type /{command.Group} in the message box and pick {command.Name}. Nothing was changed.";
}
