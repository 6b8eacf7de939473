using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ArticleBot.Hosting.Edge;
using ArticleBot.Tests.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleBot.Tests.Edge;

/// <summary>The web edge of the real host on Kestrel, with real HTTP on loopback: host names, content types,
/// connection limits.</summary>
public sealed class WebEdgeTests : IDisposable
{
    private const string Question = """{"question":"Who is the founder of DeepSeek?"}""";
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task A_request_for_a_foreign_host_name_is_refused_so_a_rebinding_page_cannot_read_the_api()
    {
        await using var host = await RealHost.StartAsync(_index.Settings());

        using var evil = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", "evil.example");
        using var evilAsk = await SendAsync(host.Client, HttpMethod.Post, "/api/ask", "evil.example:5080", Question, "application/json");
        using var evilPage = await SendAsync(host.Client, HttpMethod.Get, "/", "evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, evilAsk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, evilPage.StatusCode);
        Assert.Contains("AllowedHosts", JsonDocument.Parse(await evil.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.DoesNotContain("DeepSeek", await evilAsk.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task The_loopback_names_are_answered_with_or_without_a_port(string name)
    {
        await using var host = await RealHost.StartAsync(_index.Settings());
        var port = host.Client.BaseAddress!.Port;

        using var bare = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", name);
        using var withPort = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", $"{name}:{port}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (bare.StatusCode, withPort.StatusCode));
    }

    [Fact]
    public async Task A_configured_host_name_is_answered_and_health_probes_are_answered_for_any_name()
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:Web:AllowedHosts"] = "bot.example.com;*.example.org" });

        using var configured = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", "bot.example.com");
        using var wildcard = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", "chat.example.org:443");
        using var other = await SendAsync(host.Client, HttpMethod.Get, "/api/articles", "example.org.evil.example");
        using var probe = await SendAsync(host.Client, HttpMethod.Get, "/healthz", "10.1.2.3:8080");

        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wildcard.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public void The_allowed_names_are_loopback_the_listening_hosts_and_the_setting_but_never_an_any_interface_address()
    {
        var allowed = new AllowedHosts("http://mybox.lan:5080; http://0.0.0.0:8080;http://[::]:8081;http://*:8082", "bot.example.com");

        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "mybox.lan", "bot.example.com"], allowed.Names);
        Assert.True(allowed.Allows("MyBox.lan:5080"));
        Assert.False(allowed.Allows("0.0.0.0:8080"));
        Assert.False(allowed.Allows(""));
        Assert.True(new AllowedHosts("http://127.0.0.1:5080", "*").Allows("anything.example"));
    }

    [Theory]
    [InlineData("/api/ask", "text/plain")]
    [InlineData("/api/chat", "text/plain")]
    [InlineData("/api/ask", "application/x-www-form-urlencoded")]
    [InlineData("/api/chat", "multipart/form-data; boundary=x")]
    [InlineData("/api/ask", null)]
    public async Task A_post_body_that_is_not_declared_as_json_is_refused_with_415(string path, string? contentType)
    {
        await using var host = await RealHost.StartAsync(_index.Settings());

        using var response = await SendAsync(host.Client, HttpMethod.Post, path, null, Question, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_json_post_with_a_charset_is_still_answered()
    {
        await using var host = await RealHost.StartAsync(_index.Settings());

        using var response = await SendAsync(host.Client, HttpMethod.Post, "/api/ask", null, Question, "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Past_the_connection_limit_new_connections_are_closed_and_the_server_recovers_when_the_held_ones_go()
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:Web:MaxConcurrentConnections"] = "2" });
        var endpoint = new IPEndPoint(IPAddress.Loopback, host.Client.BaseAddress!.Port);
        var held = new List<Socket>();
        for (var i = 0; i < 2; i++)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(endpoint);
            held.Add(socket);
        }

        // Kestrel counts a connection once it has accepted it; give it a moment to accept the two held ones.
        await Task.Delay(300);
        var refused = await RawGetAsync(endpoint);
        foreach (var socket in held)
        {
            socket.Dispose();
        }

        var recovered = await EventuallyAsync(() => RawGetAsync(endpoint), response => response.StartsWith("HTTP/1.1 200", StringComparison.Ordinal));

        Assert.DoesNotContain("HTTP/1.1 200", refused);
        Assert.StartsWith("HTTP/1.1 200", recovered);
    }

    [Fact]
    public async Task A_client_that_never_finishes_its_headers_is_disconnected_after_the_header_timeout()
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:Web:RequestHeadersTimeout"] = "00:00:01" });
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, host.Client.BaseAddress!.Port));
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: localhost\r\n"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var answer = await ReadToCloseAsync(socket, TimeSpan.FromSeconds(10));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"Still connected after {clock.Elapsed}.");
        Assert.DoesNotContain("200", answer);
    }

    [Fact]
    public void By_default_the_connection_limit_is_a_share_of_the_open_file_limit_and_idle_connections_are_not_kept_long()
    {
        var app = ArticleBot.Hosting.ServeHost.Build(new ArticleBot.Hosting.HostSettings([], _index.Settings()));
        var limits = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        var files = ConnectionLimits.OpenFileLimit();

        Assert.NotNull(files);
        Assert.Equal(ConnectionLimits.FromFileLimit(files), limits.MaxConcurrentConnections);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal(2880, ConnectionLimits.FromFileLimit(4096));
        Assert.Equal(10_000, ConnectionLimits.FromFileLimit(1_048_576));
        Assert.Equal(ConnectionLimits.Floor, ConnectionLimits.FromFileLimit(64));
        Assert.Equal(4096, ConnectionLimits.ParseOpenFiles(["Limit                     Soft Limit           Hard Limit           Units", "Max open files            4096                 524288               files"]));
        Assert.Null(ConnectionLimits.ParseOpenFiles(["Max open files            unlimited            unlimited            files"]));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? hostHeader, string? body = null, string? contentType = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (hostHeader is not null)
        {
            request.Headers.Host = hostHeader;
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return client.SendAsync(request);
    }

    private static async Task<string> RawGetAsync(IPEndPoint endpoint)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endpoint);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            return await ReadToCloseAsync(socket, TimeSpan.FromSeconds(5));
        }
        catch (SocketException exception)
        {
            return $"socket error {exception.SocketErrorCode}";
        }
    }

    private static async Task<string> ReadToCloseAsync(Socket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, cancel.Token)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (SocketException exception)
        {
            text.Append($"socket error {exception.SocketErrorCode}");
        }
        catch (OperationCanceledException)
        {
            text.Append("(still open)");
        }

        return text.ToString();
    }

    private static async Task<string> EventuallyAsync(Func<Task<string>> attempt, Func<string, bool> done)
    {
        var last = "";
        for (var i = 0; i < 50 && !done(last); i++)
        {
            if (i > 0)
            {
                await Task.Delay(100);
            }

            last = await attempt();
        }

        return last;
    }
}
