using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary>What a command needs from the outside world; tests pass their own writers and settings.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input, HostSettings Settings)
{
    public static CliContext Console() => new(System.Console.Out, System.Console.Error, System.Console.In, HostSettings.FromArgs([]));

    /// <summary>The core only (no host, web server or chat), logging warnings to standard error.</summary>
    public ServiceProvider BuildCoreServices() => CoreServices.Build(Settings);
}
