namespace ArticleBot.Benchmarks.Harness;

/// <summary>The "--name value" arguments of a benchmark command.</summary>
internal sealed class Options(string[] args)
{
    public string? Get(string name)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => Get(name) is { } value ? int.Parse(value.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => args.Contains("--" + name);
}
