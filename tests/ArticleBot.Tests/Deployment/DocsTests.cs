using System.Diagnostics;
using ArticleBot.Hosting;
using ArticleBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ArticleBot.Tests.Deployment;

/// <summary>The documents' recipes and tables, checked against what the program and the shell really do.</summary>
public sealed class DocsTests : IDisposable
{
    private readonly string _target = Directory.CreateTempSubdirectory("articlebot-publish-").FullName;

    public void Dispose() => Directory.Delete(_target, recursive: true);

    [Theory]
    [InlineData("The tested path is `dotnet publish`:", "/opt/articlebot")]
    [InlineData("and takes about 5 minutes on 2 cores:", "/opt/articlebot-aot")]
    public async Task The_publish_recipes_copy_steps_run_as_written_into_the_folder_publish_made(string intro, string folder)
    {
        var operations = await File.ReadAllTextAsync(RepoPaths.InRepo("docs", "operations.md"));
        var block = operations[operations.IndexOf(intro, StringComparison.Ordinal)..];
        block = block[(block.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        // Publishing (minutes) and starting the bot are left out; publish creates the output folder, as here.
        var copySteps = block.Split('\n')
            .Where(line => !line.StartsWith("dotnet publish", StringComparison.Ordinal) && !line.StartsWith("cd ", StringComparison.Ordinal))
            .Select(line => line.Replace(folder + "/", _target + "/", StringComparison.Ordinal));

        var (exitCode, error) = await BashAsync(string.Join('\n', copySteps));

        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(_target, "appsettings.json")));
        Assert.True(File.Exists(Path.Combine(_target, "index", "synonyms.txt")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_target, "index", "articles")));
    }

    [Theory]
    [InlineData("discord.md")]
    [InlineData("slack.md")]
    public async Task The_platform_guides_do_not_recommend_user_secrets_which_the_program_does_not_load(string guide)
    {
        var text = await File.ReadAllTextAsync(RepoPaths.InRepo("docs", guide));

        Assert.DoesNotContain("dotnet user-secrets", text);
        Assert.DoesNotContain("or user secrets", text);
        Assert.Contains("environment variable", text);
        Assert.DoesNotContain("UserSecretsId", await File.ReadAllTextAsync(RepoPaths.InRepo("src", "ArticleBot", "ArticleBot.csproj")));
    }

    [Fact]
    public async Task The_readme_endpoint_table_lists_every_api_and_health_endpoint_the_host_maps()
    {
        using var index = new TempIndex();
        var settings = new Dictionary<string, string?>(index.Settings()) { ["ArticleBot:Metrics:PrometheusEnabled"] = "true" };
        await using var app = ServeHost.Build(new HostSettings([], settings));
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'))
            .Where(route => (route.StartsWith("/api/", StringComparison.Ordinal) && !route.Contains("**", StringComparison.Ordinal)) || route is "/healthz" or "/readyz" or "/metrics")
            .Distinct()
            .ToList();
        var readme = await File.ReadAllTextAsync(RepoPaths.InRepo("README.md"));
        var table = readme[readme.IndexOf("| Endpoint | Returns |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        Assert.Contains("/api/chat", routes);
        Assert.Contains("/metrics", routes);
        Assert.All(routes, route => Assert.Contains(route, table));
    }

    private async Task<(int ExitCode, string Error)> BashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepoPaths.Root, RedirectStandardInput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-euo");
        start.ArgumentList.Add("pipefail");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, $"{script}\n{error}");
    }
}
