using System.Threading.Channels;
using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack;

/// <summary>
/// Work accepted from Slack (already acknowledged or answered with 200) waiting for the adapter's workers, so that
/// acknowledgements never wait for answers.
/// </summary>
internal sealed class SlackInbox
{
    private readonly Channel<SlackIncoming> _channel = Channel.CreateUnbounded<SlackIncoming>(new UnboundedChannelOptions { SingleWriter = false });

    public ChannelReader<SlackIncoming> Reader => _channel.Reader;

    public void Post(SlackIncoming incoming) => _channel.Writer.TryWrite(incoming);
}
