using System.Diagnostics;
using System.Net.Http.Json;
using ArticleBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleBot.Tests.Hosting;

public sealed class ShutdownTests
{
    [Fact]
    public async Task The_host_waits_a_bounded_time_on_stop_and_the_bound_is_a_setting()
    {
        using var index = new TempIndex();
        await using (var defaults = await RealHost.StartAsync(index.Settings()))
        {
            Assert.Equal(TimeSpan.FromSeconds(15), defaults.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        }

        var host = await RealHost.StartAsync(index.Settings(), new Dictionary<string, string?> { [ServeHost.ShutdownTimeoutKey] = "00:00:05" });
        Assert.Equal(TimeSpan.FromSeconds(5), host.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        using var answered = await host.Client.PostAsJsonAsync("/api/ask", new { question = "Who is the founder of DeepSeek?" });
        var clock = Stopwatch.StartNew();

        await host.DisposeAsync();

        Assert.True(answered.IsSuccessStatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {clock.Elapsed}.");
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => probe.GetAsync(host.Client.BaseAddress + "healthz"));
    }
}
