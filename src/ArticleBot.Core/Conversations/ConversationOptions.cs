using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Core.Conversations;

/// <summary>Settings of section <c>ArticleBot:Conversations</c>: how many conversations each chat platform's
/// <see cref="ConversationMemory"/> keeps (one memory per platform).</summary>
public sealed class ConversationOptions
{
    public const string Section = "ArticleBot:Conversations";

    /// <summary>Conversations remembered per platform; past it the least recently used is forgotten (a follow-up
    /// there then needs its name again).</summary>
    [Range(1, 10_000_000, ErrorMessage = Section + ":Capacity must be between {1} and {2}.")]
    public int Capacity { get; set; } = ConversationMemory.DefaultCapacity;
}
