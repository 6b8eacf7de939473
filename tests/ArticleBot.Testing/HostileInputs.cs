using System.Text;
using System.Text.Json;

namespace ArticleBot.Testing;

/// <summary>The hostile input corpus shared by every front end's tests (core, CLI, web API, Discord, Slack).</summary>
public static class HostileInputs
{
    private static readonly Lazy<IReadOnlyList<HostileInput>> LazyAll = new(Load);

    public static string FilePath => RepoPaths.InRepo("tests", "data", "hostile-inputs.jsonl");

    public static IReadOnlyList<HostileInput> All => LazyAll.Value;

    /// <summary>What a user can type: every front end gets these.</summary>
    public static IReadOnlyList<HostileInput> Texts => All.Where(input => input.IsText).ToList();

    /// <summary>Raw request bodies (wrong types, broken JSON) for the web API.</summary>
    public static IReadOnlyList<HostileInput> JsonBodies => All.Where(input => !input.IsText).ToList();

    /// <summary>A one-line summary per category, for the test output.</summary>
    public static string Summary(IEnumerable<HostileInput> inputs) =>
        string.Join(", ", inputs.GroupBy(input => input.Category).Select(group => $"{group.Key} {group.Count()}"));

    private static IReadOnlyList<HostileInput> Load()
    {
        var inputs = new List<HostileInput>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(FilePath, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            var kind = root.GetProperty("kind").GetString()!;
            var piece = root.GetProperty(kind == "text" ? "text" : "body").GetString()!;
            var repeat = root.TryGetProperty("repeat", out var count) ? count.GetInt32() : 1;
            var value = repeat == 1 ? piece : new StringBuilder(piece.Length * repeat).Insert(0, piece, repeat).ToString();
            inputs.Add(new HostileInput(lineNumber, kind, root.GetProperty("category").GetString()!, value));
        }

        return inputs;
    }
}
