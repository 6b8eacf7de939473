namespace ArticleBot.Benchmarks.Harness;

internal static class RepoRoot
{
    /// <summary>The folder holding ArticleBot.sln, searched upwards from the current folder and the program.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ArticleBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static string SeedArticles => Path.Combine(Find(), "index", "articles");

    public static string Synonyms => Path.Combine(Find(), "index", "synonyms.txt");

    public static IReadOnlyList<string> DevQuestions() =>
        File.ReadLines(Path.Combine(Find(), "tests", "eval", "dev-questions.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();
}
