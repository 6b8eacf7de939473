namespace ArticleBot.Slack.Tests;

/// <summary>Waits for something the bot does asynchronously, failing the test instead of hanging.</summary>
internal static class Eventually
{
    public static async Task Until(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    public static async Task<T> Within<T>(Task<T> task, TimeSpan? timeout = null)
    {
        await task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
        return await task;
    }
}
