namespace ArticleBot.Core.Answering;

/// <summary>A question as a chat front end hands it to the core.</summary>
/// <param name="Text">What the person typed, without the bot mention. May start with a chat command
/// such as <c>/quote</c> or <c>/source</c>, which then decides the intent.</param>
/// <param name="Intent">Set when the platform already knows the intent (a slash command); otherwise it is inferred.</param>
/// <param name="Top">How many passages to return.</param>
/// <param name="Skip">How many of the best passages to leave out, for "more results".</param>
public sealed record ChatQuestion(string Text, QuestionIntent? Intent = null, int Top = ChatQuestion.DefaultTop, int Skip = 0)
{
    public const int DefaultTop = 3;
    public const int MaxTop = 25;

    public ChatOrigin Origin { get; init; } = ChatOrigin.CommandLine;

    /// <summary>Answer only from these articles (ids as listed by <c>articlebot articles</c>); null or empty: all.</summary>
    public IReadOnlyList<string>? ArticleIds { get; init; }

    /// <summary>Answer from this article only (its id), as the page's "ask within" picks it; an id the index does not
    /// know gets a reply saying so. Null: <see cref="ArticleIds"/> decides.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The question is a turn of a conversation: "he", "tell me more", "and Microsoft?" refer to
    /// <see cref="Previous"/>, and one that cannot be resolved gets a reply asking for the name. Off for one-off
    /// questions (<c>ask</c>, the API, eval), which are answered as they are.</summary>
    public bool InConversation { get; init; }

    /// <summary>The previous turn of the conversation, as its reply's <see cref="ChatReply.Conversation"/> left it.</summary>
    public Conversations.ConversationState? Previous { get; init; }

    /// <summary>The question as <see cref="QuestionAnswerer.Prepare"/> parsed it, so answering it parses it once.</summary>
    internal ParsedQuestion? Parsed { get; init; }
}
