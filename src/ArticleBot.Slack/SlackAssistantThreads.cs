namespace ArticleBot.Slack;

/// <summary>
/// Assistant threads (Slack's Agents &amp; AI Apps panel) opened while the bot runs, known from their
/// <c>assistant_thread_started</c> event. Messages Slack sends from such a thread also say so themselves, so after a
/// restart the threads are still recognised; this covers messages that do not.
/// </summary>
internal sealed class SlackAssistantThreads
{
    private readonly SlackThreadTracker _threads = new();

    public void Started(string channel, string threadTs) => _threads.Remember(channel, threadTs);

    public bool IsAssistantThread(string channel, string threadTs) => _threads.IsBotThread(channel, threadTs);
}
