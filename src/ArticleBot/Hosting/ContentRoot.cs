namespace ArticleBot.Hosting;

/// <summary>
/// Where the bot's settings and articles live. The README runs the bot from the repository root, where
/// appsettings.json is; started from anywhere else (a test runner, a published folder, a systemd unit) it looks
/// above the current folder and above the executable for the same file, so relative paths mean the same thing.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SettingsFile)))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
