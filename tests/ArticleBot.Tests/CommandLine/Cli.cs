using ArticleBot.CommandLine;
using ArticleBot.Hosting;

namespace ArticleBot.Tests.CommandLine;

/// <summary>Runs the real command line in process, capturing what it prints.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> settings, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(input), new HostSettings([], settings));
        var exitCode = await ArticleBotCommands.RunAsync(args, context);
        return (exitCode, output.ToString(), error.ToString());
    }
}
