using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary>What a command needs from the outside world; tests pass their own writers and settings.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input, HostSettings Settings)
{
    public static CliContext Console(string[] args) => new(System.Console.Out, System.Console.Error, System.Console.In, HostSettings.FromArgs([]));

    /// <summary>A host with the core only (no web server, no chat), logging warnings to standard error.</summary>
    public IHost BuildCoreHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = ContentRoot.Find() });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        // A provider rule outranks appsettings.json's "Default: Information", which is meant for the running bot.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.AddArticleBotSettings(Settings);
        return builder.Build();
    }
}
