namespace ArticleBot.Slack.Mapping;

/// <summary>How an answer offers its 👍 / 👎.</summary>
internal enum SlackFeedbackStyle
{
    /// <summary>No vote: listings, help, and paragraphs shown in full are not answers to a question.</summary>
    None,

    /// <summary>Two ordinary buttons in the answer's actions block; they work on every surface.</summary>
    Buttons,

    /// <summary>Slack's <c>feedback_buttons</c> element in a <c>context_actions</c> block, the control Slack's
    /// Agents &amp; AI Apps surface shows under an answer; used in assistant threads.</summary>
    FeedbackButtons,
}
