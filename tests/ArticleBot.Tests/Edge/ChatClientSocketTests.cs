using ArticleBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Edge;

/// <summary>The chat clients' sockets are bounded too, so replies cannot spend the descriptors Kestrel's limit counts on.</summary>
public sealed class ChatClientSocketTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("ArticleBot.Discord")]
    [InlineData("ArticleBot.Slack")]
    public async Task The_chat_platform_clients_keep_at_most_a_few_connections_and_give_up_connecting_after_seconds(string clientName)
    {
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Discord:Token"] = "not-a-real-token",
            ["ArticleBot:Slack:BotToken"] = "xoxb-not-real",
            ["ArticleBot:Slack:AppToken"] = "xapp-not-real",
        };
        await using var app = ServeHost.Build(new HostSettings([], settings));
        var factory = app.Services.GetRequiredService<IHttpMessageHandlerFactory>();
        HttpMessageHandler handler = factory.CreateHandler(clientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        var sockets = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.Equal(16, sockets.MaxConnectionsPerServer);
        Assert.Equal(TimeSpan.FromSeconds(10), sockets.ConnectTimeout);
    }
}
