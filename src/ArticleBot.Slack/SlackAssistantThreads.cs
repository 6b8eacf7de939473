using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

/// <summary>
/// Assistant threads (Slack's Agents &amp; AI Apps panel) opened while the bot runs, known from their
/// <c>assistant_thread_started</c> event. Messages Slack sends from such a thread also say so themselves, so after a
/// restart the threads are still recognised; this covers messages that do not.
/// </summary>
internal sealed class SlackAssistantThreads(IOptions<SlackOptions> options)
{
    private readonly SlackThreadTracker _threads = new(options.Value.ThreadCapacity);
    private readonly SlackThreadTracker _titled = new(options.Value.ThreadCapacity);

    public void Started(string channel, string threadTs) => _threads.Remember(channel, threadTs);

    public bool IsAssistantThread(string channel, string threadTs) => _threads.IsBotThread(channel, threadTs);

    /// <summary>True once for a thread seen starting: its first question becomes its title in the panel's history.
    /// A thread only known from its messages (after a restart) may have its title already, so it is left alone.</summary>
    public bool TakeTitle(string channel, string threadTs)
    {
        if (!_threads.IsBotThread(channel, threadTs) || _titled.IsBotThread(channel, threadTs))
        {
            return false;
        }

        _titled.Remember(channel, threadTs);
        return true;
    }
}
