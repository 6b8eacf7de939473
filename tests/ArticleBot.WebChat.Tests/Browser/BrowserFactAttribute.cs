namespace ArticleBot.WebChat.Tests.Browser;

/// <summary>
/// A test that needs Debian's chromium. Without it the test reports itself skipped with the reason, except under CI
/// (<c>CI=true</c>), where it runs and fails so a missing browser can never pass unnoticed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        Skip = SkipReason(File.Exists(ChromiumPath), Environment.GetEnvironmentVariable("CI"));
    }

    internal static string? SkipReason(bool browserInstalled, string? ci) =>
        browserInstalled || string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No browser at {ChromiumPath}: install Debian's chromium (apt-get install -y chromium) to run the browser tests.";
}
