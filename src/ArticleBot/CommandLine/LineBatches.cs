using System.Collections.Concurrent;

namespace ArticleBot.CommandLine;

/// <summary>
/// Lines of a reader in batches of those already there: a reader thread reads ahead while the caller answers, and
/// each batch holds every line read by then (at most <c>maxBatch</c>). Piped questions come in full batches, which
/// the embedding model encodes together; a person typing gets each answer as soon as the line is in, never waiting
/// for a batch to fill.
/// </summary>
internal static class LineBatches
{
    public static IEnumerable<IReadOnlyList<string>> Read(TextReader input, int maxBatch)
    {
        // Bounded, so a huge file is never read far ahead of the answers.
        using var lines = new BlockingCollection<string>(boundedCapacity: maxBatch * 4);
        var reader = new Thread(() =>
        {
            try
            {
                while (input.ReadLine() is { } line)
                {
                    lines.Add(line);
                }
            }
            catch (InvalidOperationException)
            {
                // The caller stopped taking lines and disposed the collection.
            }
            finally
            {
                try
                {
                    lines.CompleteAdding();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }) { IsBackground = true, Name = "articlebot stdin" };
        reader.Start();

        foreach (var first in lines.GetConsumingEnumerable())
        {
            var batch = new List<string>(maxBatch) { first };
            while (batch.Count < maxBatch && lines.TryTake(out var next))
            {
                batch.Add(next);
            }

            yield return batch;
        }
    }
}
