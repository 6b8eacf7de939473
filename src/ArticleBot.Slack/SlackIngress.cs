using ArticleBot.Slack.Mapping;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>
/// Where everything Slack sends arrives, from the socket or from HTTP: redeliveries are dropped here, the rest
/// waits in the inbox for the adapter's workers.
/// </summary>
internal sealed class SlackIngress(SlackDeduplicator deduplicator, SlackInbox inbox, ILogger<SlackIngress> logger)
{
    public void Accept(SlackIncoming incoming)
    {
        if (incoming is SlackIncoming.Ignored)
        {
            return;
        }

        if (!deduplicator.TryFirstSeen(incoming.DedupeKey))
        {
            SlackLog.DuplicateIgnored(logger, incoming.DedupeKey);
            return;
        }

        inbox.Post(incoming);
    }
}
