using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;
using ArticleBot.Slack.Mapping;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>
/// A 👍 / 👎 click: handed to the host's <see cref="IFeedbackSink"/> (its store keeps one vote per user per answer,
/// the latest) and acknowledged to the voter alone. A host without a store registers no sink; the click is still
/// acknowledged, as the web chat accepts a vote it does not keep.
/// </summary>
internal sealed class SlackVotes(SlackWebApiClient web, ILogger<SlackVotes> logger, IFeedbackSink? feedback = null)
{
    public async Task HandleAsync(SlackBlockAction action, CancellationToken cancellationToken)
    {
        if (SlackVote.Decode(action.Value) is not { } vote || action.UserId is null)
        {
            SlackLog.VoteIgnored(logger, action.ChannelId, action.MessageTs);
            return;
        }

        feedback?.Record(vote.ToFeedback(new ChatOrigin(SlackResponder.Platform, action.UserId, action.ChannelId, action.MessageTs)));
        SlackLog.VoteRecorded(logger, action.UserId, action.ChannelId, action.MessageTs, vote.Helpful);
        if (action.ResponseUrl is not { } url)
        {
            return;
        }

        try
        {
            await web.PostResponseAsync(url, SlackReplyRenderer.VoteThanks(vote.Helpful).ToResponse(inChannel: false), cancellationToken);
        }
        catch (Exception ex) when (SlackResponder.IsRecoverable(ex, cancellationToken))
        {
            SlackLog.HandlingFailed(logger, action.ChannelId, action.MessageTs, ex);
        }
    }
}
