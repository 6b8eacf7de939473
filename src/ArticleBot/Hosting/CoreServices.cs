using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Console;

namespace ArticleBot.Hosting;

/// <summary>
/// What a one-shot command (<c>ask</c>, <c>quote</c>, <c>source</c>, <c>articles</c>, <c>index</c>, <c>eval</c>) needs:
/// the same settings as the running bot, logging of warnings to standard error, the index and the answerer, and
/// nothing else. A generic host would also watch the whole content root for settings changes (a recursive
/// FileSystemWatcher over the repository), register hosted services and several logging providers: about a fifth of
/// the time from start to first answer, for a process that lives half a second.
/// </summary>
internal static class CoreServices
{
    public static ServiceProvider Build(HostSettings settings)
    {
        var contentRoot = ContentRoot.Find();
        // The generic host reads its environment from DOTNET_ENVIRONMENT (ASPNETCORE_ENVIRONMENT is the web host's).
        var environmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } name ? name : Environments.Production;

        // The same sources, in the same order, as Host.CreateApplicationBuilder: DOTNET_-prefixed variables (the
        // host's own settings), appsettings.json, appsettings.{environment}.json, then every environment variable.
        // (User secrets would come before the variables in Development; this program declares no UserSecretsId.)
        var builder = new ConfigurationBuilder()
            .AddEnvironmentVariables(prefix: "DOTNET_")
            .SetBasePath(contentRoot)
            .AddJsonFile(ContentRoot.SettingsFile, optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
        if (settings.Overrides is { Count: > 0 } overrides)
        {
            builder.AddInMemoryCollection(overrides);
        }

        var configuration = builder.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new CommandEnvironment(environmentName, contentRoot));
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            // A provider rule outranks appsettings.json's "Default: Information", which is meant for the running bot.
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        });
        services.AddArticleBotCoreServices(configuration);

        var development = environmentName == Environments.Development;
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development });
    }

    private sealed class CommandEnvironment(string environmentName, string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = environmentName;

        public string ApplicationName { get; set; } = typeof(CoreServices).Assembly.GetName().Name ?? "articlebot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new PhysicalFileProvider(contentRoot);
    }
}
