namespace ArticleBot.Testing;

/// <summary>Finds files of the repository from a test's output folder, wherever the tests are run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Articles => Path.Combine(Root, "index", "articles");

    public static string DevQuestions => Path.Combine(Root, "tests", "eval", "dev-questions.jsonl");

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared protocol payloads live beside the repository (../shared/protocol), read-only.</summary>
    public static string ProtocolPayload(string platform, string file)
    {
        var local = Path.Combine(Root, "tests", "protocol", platform, file);
        return File.Exists(local) ? local : Path.Combine(Root, "..", "shared", "protocol", platform, file);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ArticleBot.sln above {AppContext.BaseDirectory}.");
    }
}
