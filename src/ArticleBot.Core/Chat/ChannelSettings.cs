using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Core.Chat;

/// <summary>How the bot behaves in one channel (or every channel of one Discord server): one entry of
/// <c>ArticleBot:Channels</c>. A channel without an entry gets <see cref="Default"/>.</summary>
public sealed class ChannelSettings
{
    /// <summary>Everything allowed, every article: what a channel without settings gets.</summary>
    public static ChannelSettings Default { get; } = new();

    /// <summary>The private note a command (or a button) gets in a channel that is switched off.</summary>
    public const string SwitchedOffNote = "ArticleBot is switched off in this channel.";

    /// <summary>False: the bot ignores mentions and messages here, and answers commands with a short "not here" note.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Article ids (as <c>articlebot articles</c> lists them) the channel answers from; empty: all of them.</summary>
    public IList<string> Articles { get; set; } = [];

    /// <summary>Answers go in a thread started on the question, never in the channel itself.</summary>
    public bool ThreadsOnly { get; set; }

    /// <summary>For a forum channel: each new post (its title and first message) is answered in the post.</summary>
    public bool Forum { get; set; }

    /// <summary>Replaces <c>ArticleBot:RateLimits:UserQuestions</c> for questions asked here.</summary>
    [Range(1, 10_000)]
    public int? UserQuestions { get; set; }

    /// <summary>Replaces <c>ArticleBot:RateLimits:ChannelQuestions</c> for this channel.</summary>
    [Range(1, 100_000)]
    public int? ChannelQuestions { get; set; }

    /// <summary>The article ids to hand the answerer, or null for all.</summary>
    public IReadOnlyList<string>? ArticleIds => Articles.Count == 0 ? null : [.. Articles];
}
