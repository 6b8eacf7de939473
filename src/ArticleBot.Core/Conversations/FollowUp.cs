namespace ArticleBot.Core.Conversations;

/// <summary>What a question means given the previous turn.</summary>
internal abstract record FollowUp
{
    /// <summary>Not a follow-up: answer it as it is.</summary>
    public sealed record Standalone : FollowUp;

    /// <summary>Answer this question instead (references resolved), leaving out the first <paramref name="Skip"/> passages.</summary>
    public sealed record Rewritten(string Question, int Skip = 0) : FollowUp;

    /// <summary>Other quotations of this speaker than those shown.</summary>
    public sealed record OtherQuotes(string Speaker) : FollowUp;

    /// <summary>"When was that?" after an answer: the date or time its passages give.</summary>
    public sealed record When : FollowUp;

    /// <summary>A reference to a person the conversation has not named.</summary>
    public sealed record UnknownPerson : FollowUp;

    /// <summary>A reference to a previous turn when there is none ("tell me more" first).</summary>
    public sealed record NothingBefore : FollowUp;
}
