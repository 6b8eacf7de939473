using System.Text.Json.Nodes;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// The bodies of the Web API calls other than messages (those are <see cref="SlackMessage"/>), so every piece of JSON
/// ArticleBot sends Slack is built in this folder.
/// </summary>
internal static class SlackRequests
{
    /// <summary>Slack shows at most four suggested prompts (assistant.threads.setSuggestedPrompts).</summary>
    public const int MaxPrompts = 4;

    /// <summary>What a prompt's or a thread's title may hold before it is cut; Slack documents no limit, and a title is
    /// one line.</summary>
    private const int MaxPromptTitle = 75;

    /// <summary>Body of <c>reactions.add</c>.</summary>
    public static JsonObject Reaction(string channel, string timestamp, string name) =>
        new() { ["channel"] = channel, ["timestamp"] = timestamp, ["name"] = name };

    /// <summary>Body of <c>assistant.threads.setSuggestedPrompts</c>: each prompt's title is what the button shows,
    /// its message what is sent as the user's message when clicked.</summary>
    public static JsonObject SuggestedPrompts(string channel, string threadTs, string title, IEnumerable<string> prompts)
    {
        var list = new JsonArray();
        foreach (var prompt in prompts.Take(MaxPrompts))
        {
            // The message is posted as the user's message, so it gets Slack's three escapes: a quotation holding
            // "<!channel>" then shows as text instead of notifying anyone.
            list.Add(new JsonObject { ["title"] = Core.Analysis.TextTrimmer.Trim(prompt, MaxPromptTitle), ["message"] = Mrkdwn.Escape(prompt) });
        }

        return new JsonObject { ["channel_id"] = channel, ["thread_ts"] = threadTs, ["title"] = title, ["prompts"] = list };
    }

    /// <summary>Body of <c>assistant.threads.setStatus</c>; an empty status clears it (a reply clears it too).</summary>
    public static JsonObject Status(string channel, string threadTs, string status) =>
        new() { ["channel_id"] = channel, ["thread_ts"] = threadTs, ["status"] = status };

    /// <summary>Body of <c>assistant.threads.setTitle</c>: the thread's name in the panel's history, plain text.</summary>
    public static JsonObject Title(string channel, string threadTs, string title) =>
        new() { ["channel_id"] = channel, ["thread_ts"] = threadTs, ["title"] = Core.Analysis.TextTrimmer.Trim(title, MaxPromptTitle) };

    /// <summary>Answer to Slack's <c>url_verification</c> request.</summary>
    public static JsonObject Challenge(string? challenge) => new() { ["challenge"] = challenge };

    /// <summary>A Socket Mode acknowledgement of one envelope.</summary>
    public static byte[] SocketAck(string envelopeId) =>
        System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["envelope_id"] = envelopeId }.ToJsonString());
}
