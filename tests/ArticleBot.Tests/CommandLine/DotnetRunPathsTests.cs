using System.Diagnostics;
using System.Reflection;
using ArticleBot.Testing;
using ArticleBot.Tests.Hosting;

namespace ArticleBot.Tests.CommandLine;

/// <summary><c>dotnet run --project src/ArticleBot -- eval FILE</c> as the README gives it: relative paths mean what
/// they mean in the shell it was typed in. The web SDK starts a project in its own folder unless told otherwise, which
/// made <c>tests/eval/…</c> typed at the repository root a file under <c>src/ArticleBot</c>.</summary>
public sealed class DotnetRunPathsTests : IDisposable
{
    private readonly TempIndex _index = new();
    private readonly string _caller = Directory.CreateTempSubdirectory("articlebot-caller-").FullName;

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_caller, recursive: true);
    }

    [Fact]
    public async Task Eval_under_dotnet_run_reads_relative_paths_from_the_folder_it_was_run_in()
    {
        Directory.CreateDirectory(Path.Combine(_caller, "articles"));
        File.Copy(RepoPaths.FixtureArticle("harbor-bridge.md"), Path.Combine(_caller, "articles", "harbor-bridge.md"));
        File.Copy(RepoPaths.InRepo("tests", "eval", "harbor-bridge-questions.jsonl"), Path.Combine(_caller, "questions.jsonl"));

        var (exitCode, output, error) = await DotnetRunAsync("eval", "questions.jsonl", "--articles", "articles");

        Assert.DoesNotContain("No such", error);
        Assert.True(exitCode == 0, error);
        Assert.Contains("Hit@1", output);
    }

    private Task<(int ExitCode, string Output, string Error)> DotnetRunAsync(params string[] args)
    {
        // The program these tests were built beside, in their configuration: nothing is built here.
        var configuration = typeof(DotnetRunPathsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _caller,
        };
        foreach (var arg in (string[])["run", "--no-build", "-c", configuration, "--project", RepoPaths.InRepo("src", "ArticleBot"), "--", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _index.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return ProgramProcess.RunAsync(start, TimeSpan.FromMinutes(2));
    }
}
