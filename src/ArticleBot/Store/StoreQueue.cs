using System.Threading.Channels;
using ArticleBot.Core.Feedback;
using Microsoft.Extensions.Options;

namespace ArticleBot.Store;

/// <summary>
/// The one way into the store: a bounded queue that the answering path writes to without waiting, and that
/// <see cref="StoreWriter"/> alone reads. When it is full the record is dropped and logged, so a slow or locked disk
/// can cost statistics but never an answer's latency.
/// </summary>
internal sealed partial class StoreQueue(IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<StoreQueue> logger) : IFeedbackSink
{
    private readonly Channel<StoreRecord> _channel = Channel.CreateBounded<StoreRecord>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        SingleReader = true,
        // Wait mode makes TryWrite return false when full (DropWrite would report success and lose the record silently).
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long _dropped;

    public ChannelReader<StoreRecord> Reader => _channel.Reader;

    /// <summary>How many records were dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Enqueue(StoreRecord record)
    {
        if (_channel.Writer.TryWrite(record))
        {
            return;
        }

        // The first drop and then one in a thousand: a full queue under load must not turn into a log flood.
        var dropped = Interlocked.Increment(ref _dropped);
        if (dropped == 1 || dropped % 1000 == 0)
        {
            LogQueueFull(logger, options.Value.QueueCapacity, dropped);
        }
    }

    public void Record(AnswerFeedback feedback) => Enqueue(new FeedbackRecord(timeProvider.GetUtcNow(), feedback));

    /// <summary>No more records: the writer drains what is queued and stops.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store queue full ({Capacity} records waiting): record dropped, {Dropped} dropped since start")]
    private static partial void LogQueueFull(ILogger logger, int capacity, long dropped);
}
