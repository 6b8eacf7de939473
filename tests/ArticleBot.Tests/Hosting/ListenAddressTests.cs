using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ArticleBot.CommandLine;
using ArticleBot.Hosting;
using ArticleBot.Tests.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Hosting;

/// <summary>Where <c>serve</c> listens: <c>--urls</c> passes through to the host, <c>--port</c> keeps the configured address.</summary>
public sealed class ListenAddressTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Serve_with_urls_listens_there_and_not_on_the_configured_url()
    {
        var port = FreePort();
        var settings = new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Web:Url"] = $"http://127.0.0.1:{FreePort()}" };
        var app = ServeHost.Build(new HostSettings(["--urls", $"http://127.0.0.1:{port}"], settings));
        await app.StartAsync();
        try
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;

            Assert.Equal([$"http://127.0.0.1:{port}"], addresses);
            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"http://127.0.0.1:{port}/healthz")).StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Serve_with_port_listens_on_that_port_of_the_loopback_address_until_stopped()
    {
        var port = FreePort();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(output, error, new StringReader(""), new HostSettings([], _index.Settings()));

        var run = ArticleBotCommands.RunAsync(["serve", "--port", port.ToString(CultureInfo.InvariantCulture)], context, stop.Token);
        var status = await PollAsync($"http://127.0.0.1:{port}/healthz", run);
        await stop.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Port_with_a_url_setting_that_is_not_a_url_names_the_setting_rather_than_crashing()
    {
        var settings = new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Web:Url"] = "http://[::1:5080" };

        var (exitCode, _, error) = await Cli.RunAsync(settings, "", "serve", "--port", "0");

        Assert.Equal(1, exitCode);
        Assert.Contains("http://[::1:5080", error);
    }

    [Fact]
    public async Task Port_and_urls_together_are_refused_with_a_message()
    {
        var (exitCode, _, error) = await Cli.RunAsync(_index.Settings(), "", "serve", "--port", "5099", "--urls", "http://127.0.0.1:5098");

        Assert.Equal(1, exitCode);
        Assert.Contains("--port or --urls", error);
    }

    [Fact]
    public void Port_replaces_the_port_of_each_configured_url_and_keeps_its_host()
    {
        Assert.Equal("http://127.0.0.1:6001;http://[::1]:6001", ListenUrls.WithPort("http://127.0.0.1:5080; http://[::1]:5080", 6001));
        Assert.Equal("http://127.0.0.1:5080", ListenUrls.WithPort("http://127.0.0.1:5080", null));
        Assert.Equal("not a url", ListenUrls.WithPort("not a url", 6001));
    }

    private static async Task<HttpStatusCode> PollAsync(string url, Task running)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !running.IsCompleted)
        {
            try
            {
                return (await client.GetAsync(url)).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await running;
        throw new TimeoutException($"{url} never answered.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
