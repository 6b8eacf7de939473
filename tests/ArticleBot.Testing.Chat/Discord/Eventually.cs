namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>Waits for a condition on real sockets, with a timeout so no test can hang.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeoutMs} ms waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Gives the bot time to do something it must not do, then lets the test assert it did not.</summary>
    public static Task SettleAsync(int milliseconds = 300) => Task.Delay(milliseconds);
}
