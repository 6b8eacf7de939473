namespace ArticleBot.Hosting;

/// <summary>How a host is started: its arguments and, for tests, settings that override the files.</summary>
public sealed record HostSettings(string[] Args, IReadOnlyDictionary<string, string?>? Overrides = null)
{
    public static HostSettings FromArgs(string[] args) => new(args);
}
