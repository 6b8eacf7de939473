using ArticleBot.Core.Answering;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Commands;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Core.Fetching;

/// <summary>
/// The chat side of <see cref="ArticleLinks"/> (the service behind <c>articlebot add</c> and <c>remove</c>): the same
/// fetch, checks and messages, then an index build at once rather than after the folder watcher's debounce, so the
/// reply that says "added" is true of the next question. Server folders are named, not shown, in what a chat sees.
/// </summary>
internal sealed partial class ArticleLibrary(ArticleLinks links, ArticleIndex index, ILogger<ArticleLibrary> logger, ArticleBotMetrics? metrics = null)
    : IArticleLibrary
{
    public async Task<ArticleChange> AddAsync(string link, ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        try
        {
            var added = await links.AddAsync(link, cancellationToken);
            Reindex();
            var title = added.Metadata.DisplayTitle(added.Id);
            LogChanged(logger, "added", added.Id, origin.Platform, origin.ChannelId);
            return Done(ChatCommands.Add, origin, new ArticleChange(true,
                $"{(added.Replaced ? "Updated" : "Added")} [{added.Id}] {title}: {added.Paragraphs} paragraphs, answered from now on.", added.Id));
        }
        catch (ArticleBotException exception) when (!exception.IsFatal)
        {
            return Done(ChatCommands.Add, origin, new ArticleChange(false, Shorten(Scrub(exception.Message), link)));
        }
    }

    public Task<ArticleChange> RemoveAsync(string id, ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        try
        {
            links.Remove(id.Trim());
            Reindex();
            LogChanged(logger, "removed", id, origin.Platform, origin.ChannelId);
            return Task.FromResult(Done(ChatCommands.Remove, origin, new ArticleChange(true, $"Removed [{id.Trim()}]; it is no longer answered from.", id.Trim())));
        }
        catch (ArticleBotException exception) when (!exception.IsFatal)
        {
            return Task.FromResult(Done(ChatCommands.Remove, origin, new ArticleChange(false, Scrub(exception.Message))));
        }
    }

    private ArticleChange Done(ChatCommand command, ChatOrigin origin, ArticleChange change)
    {
        metrics?.AdminCommand(origin.Platform, command.MetricTag, change.Succeeded);
        return change;
    }

    /// <summary>Builds the index now; the watcher, seeing the same change, then finds it current. A build that
    /// cannot be written leaves the last one serving (ArticleIndex) and the watcher retrying.</summary>
    private void Reindex() => index.EnsureCurrent();

    // The command line names the folders in full; a chat is told which setting they are, not where the server keeps them.
    private string Scrub(string message)
    {
        message = message.Replace(index.ArticlesPath, "the articles folder (ArticleBot:Index:ArticlesPath)", StringComparison.Ordinal);
        return index.FetchedPath is { } fetched
            ? message.Replace(fetched, "the folder of added articles (ArticleBot:Index:FetchedPath)", StringComparison.Ordinal)
            : message;
    }

    private const int ShownLinkLength = 100;

    /// <summary>The messages quote the link; a very long one would push the reason past what a chat message holds.</summary>
    private static string Shorten(string message, string link)
    {
        var forms = new List<string> { link.Trim() };
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var address))
        {
            forms.Add(address.ToString());
            forms.Add(address.AbsoluteUri);
        }

        foreach (var form in forms.Where(form => form.Length > ShownLinkLength + 20).Distinct().OrderByDescending(form => form.Length))
        {
            message = message.Replace(form, form[..ShownLinkLength] + "…", StringComparison.Ordinal);
        }

        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} {Change} from {Platform} channel {ChannelId}")]
    private static partial void LogChanged(ILogger logger, string change, string articleId, string platform, string? channelId);
}
