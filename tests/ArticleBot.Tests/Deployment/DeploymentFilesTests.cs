using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleBot.Testing;

namespace ArticleBot.Tests.Deployment;

/// <summary>The Dockerfile and the systemd unit cannot be run here; these checks keep them in step with the code.</summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepoPaths.InRepo("Dockerfile"));
    private static readonly string Unit = File.ReadAllText(RepoPaths.InRepo("deploy", "articlebot.service"));
    private static readonly string PublishedDll = typeof(Program).Assembly.GetName().Name + ".dll";

    [Fact]
    public void The_image_is_built_in_stages_and_runs_the_published_bot_as_a_non_root_user()
    {
        Assert.Equal(2, FromLine().Matches(Dockerfile).Count);
        Assert.Contains("dotnet publish src/ArticleBot/ArticleBot.csproj", Dockerfile);
        var user = Assert.Single(UserLine().Matches(Dockerfile)).Groups[1].Value;
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{PublishedDll}\", \"serve\"]", Dockerfile);
    }

    [Fact]
    public void The_image_keeps_the_index_folder_of_appsettings_on_a_volume()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.InRepo("appsettings.json")));
        var indexPath = settings.RootElement.GetProperty("ArticleBot").GetProperty("Index").GetProperty("IndexPath").GetString();

        Assert.Contains($"VOLUME /app/{indexPath}", Dockerfile);
        Assert.Contains("COPY index/articles/ ./index/articles/", Dockerfile);
    }

    [Fact]
    public void The_systemd_unit_notifies_runs_serve_and_waits_longer_than_the_bots_own_shutdown_timeout()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.InRepo("appsettings.json")));
        var shutdown = TimeSpan.Parse(settings.RootElement.GetProperty("ArticleBot").GetProperty("ShutdownTimeout").GetString()!);

        Assert.Contains("Type=notify", Unit);
        Assert.Matches($@"ExecStart=\S*dotnet \S*/{Regex.Escape(PublishedDll)} serve", Unit);
        var stop = TimeSpan.FromSeconds(int.Parse(StopTimeout().Match(Unit).Groups[1].Value));
        Assert.True(stop > shutdown, $"systemd kills after {stop}, before the bot's {shutdown} shutdown.");
        Assert.DoesNotContain("User=root", Unit);
    }

    [GeneratedRegex(@"^FROM ", RegexOptions.Multiline)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^USER (\S+)", RegexOptions.Multiline)]
    private static partial Regex UserLine();

    [GeneratedRegex(@"^TimeoutStopSec=(\d+)", RegexOptions.Multiline)]
    private static partial Regex StopTimeout();
}
