using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Messages;

/// <summary>
/// At most one synchronous answer per core at a time. Every mention is handled on its own task (so REST waits never
/// hold up the gateway), and the answer is CPU work that cannot yield: without a bound, a burst of 1,000 mentions
/// puts 1,000 answers in the thread pool's queue ahead of the gateway's own reads and heartbeats, and every reply
/// waits for the whole burst. Waiting here is asynchronous, so the waiting mentions hold no thread.
/// </summary>
internal sealed class AnswerSlots(int slots)
{
    private readonly SemaphoreSlim _slots = new(slots, slots);

    public static AnswerSlots PerCore() => new(Environment.ProcessorCount);

    public async Task<T> RunAsync<T>(Func<T> answer, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return answer();
        }
        finally
        {
            _slots.Release();
        }
    }
}
