using System.Collections.Concurrent;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Channels;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Messages;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Forums;

/// <summary>
/// Answers new posts in the forum channels whose settings say <c>Forum</c>: a post is a THREAD_CREATE whose parent
/// is the forum, followed by its first (starter) message, whose id is the thread's. The question is the post's title
/// and that message, answered once in the post (see <see cref="AnsweredPosts"/>).
/// </summary>
internal sealed class ForumPostHandler(
    DiscordRestClient rest,
    IQuestionAnswerer answerer,
    QuestionMemory memory,
    DiscordChannels channels,
    AnsweredPosts answered,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, DiscordThread> _posts = new();

    /// <summary>Whether any channel answers forum posts at all.</summary>
    public bool Enabled { get; } = channels.Policy.AnyForum;

    /// <summary>Notes a new post in an enabled forum; its first message is awaited.</summary>
    public void OnThreadCreated(DiscordThread thread)
    {
        if (!thread.NewlyCreated || thread.ParentId is null)
        {
            return;
        }

        var settings = channels.For(channels.Origin(null, thread.ParentId, thread.GuildId, null));
        if (settings is { Enabled: true, Forum: true } && _posts.Count < answered.Capacity)
        {
            _posts[thread.Id] = thread;
        }
    }

    /// <summary>The post this message starts, when it is the first message of a post awaiting its answer.</summary>
    public bool TryTake(DiscordMessage message, out DiscordThread post)
    {
        post = null!;
        if (message.Id != message.ChannelId || message.Author.IsBot || !_posts.TryRemove(message.ChannelId, out var found))
        {
            return false;
        }

        post = found;
        return answered.TryBegin(post.Id);
    }

    public async Task HandleAsync(DiscordThread post, DiscordMessage first, CancellationToken cancellationToken)
    {
        var text = $"{post.Name}\n{first.Content}".Trim();
        DiscordLog.Question(logger, first.Id, first.Author.Id, text);
        var origin = channels.Origin(first.Author.Id, post.Id, post.GuildId, first.Id, post.ParentId);
        var settings = channels.For(origin);
        var body = MessageAnswer.Compose(answerer, memory, logger, text, origin, settings, first.Id, "forum post");

        try
        {
            // The thread id as nonce: a retried POST, or the same post replayed within Discord's nonce window, posts once.
            await rest.CreateMessageAsync(post.Id, body, nonce: post.Id, cancellationToken);
            answered.Complete(post.Id);
        }
        catch
        {
            answered.Abandon(post.Id);
            throw;
        }
    }
}
