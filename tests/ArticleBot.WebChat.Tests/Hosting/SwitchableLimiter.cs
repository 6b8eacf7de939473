using ArticleBot.WebChat.Security;

namespace ArticleBot.WebChat.Tests.Hosting;

/// <summary>The test host's request limit: lets everything through until a test sets <see cref="Wait"/>.</summary>
public sealed class SwitchableLimiter : IWebRequestLimiter
{
    private readonly List<string> _clients = [];

    public TimeSpan Wait { get; set; }

    public IReadOnlyList<string> Clients
    {
        get
        {
            lock (_clients)
            {
                return [.. _clients];
            }
        }
    }

    public TimeSpan Acquire(string client)
    {
        lock (_clients)
        {
            _clients.Add(client);
        }

        return Wait;
    }
}
