namespace ArticleBot.Testing;

/// <summary>Finds files of the repository from a test's output folder, wherever the tests are run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Articles => Path.Combine(Root, "index", "articles");

    /// <summary>An article of <c>tests/fixtures/articles</c>, written for tests of several articles.</summary>
    public static string FixtureArticle(string file) => Path.Combine(Root, "tests", "fixtures", "articles", file);

    /// <summary>The seed article of <c>index/articles</c>.</summary>
    public static string SeedArticle => Path.Combine(Articles, "deepseek-liang-wenfeng.md");

    public static string DevQuestions => Path.Combine(Root, "tests", "eval", "dev-questions.jsonl");

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A file of the project's given material (<c>../shared</c>: protocol payloads, the seed article), read
    /// from the copy in <c>tests/shared</c> so a clean clone tests on its own; <c>../shared</c> when not copied.</summary>
    public static string Shared(params string[] parts)
    {
        var local = Path.Combine([SharedCopy, .. parts]);
        return File.Exists(local) ? local : Path.Combine([Root, "..", "shared", .. parts]);
    }

    /// <summary>The copy of <c>../shared</c> kept in the repository.</summary>
    public static string SharedCopy => Path.Combine(Root, "tests", "shared");

    /// <summary>A real Discord or Slack payload (<c>protocol/&lt;platform&gt;/&lt;file&gt;</c>).</summary>
    public static string ProtocolPayload(string platform, string file) => Shared("protocol", platform, file);

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
