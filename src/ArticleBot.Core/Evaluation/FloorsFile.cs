using System.Text.Json;

namespace ArticleBot.Core.Evaluation;

/// <summary>
/// floors.json, beside the question files: for each file name, the floors its quality tests hold it to
/// (<see cref="SetFloors"/>), written as <c>{"floors": {"hit1": 0.95, …}, "hybrid": {…}}</c> with the names of
/// <see cref="KeptFloors"/>. The quality tests read it, and <c>fit --keep FILE</c> holds a kept set at it unless
/// <c>FILE#…</c> names its own, so the figures live in one place. Members other than objects (a note) are skipped.
/// </summary>
public static class FloorsFile
{
    public const string Name = "floors.json";

    /// <exception cref="FormatException">A floor that is not a share of a known name.</exception>
    public static IReadOnlyDictionary<string, SetFloors> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var sets = new Dictionary<string, SetFloors>(StringComparer.Ordinal);
        foreach (var set in document.RootElement.EnumerateObject().Where(set => set.Value.ValueKind == JsonValueKind.Object))
        {
            var floors = set.Value.TryGetProperty("floors", out var every) ? ReadFloors(every) : new EvalFloors();
            sets[set.Name] = new SetFloors(floors, set.Value.TryGetProperty("hybrid", out var hybrid) ? ReadFloors(hybrid) : null);
        }

        return sets;
    }

    /// <summary>The floors of <paramref name="questions"/> in the floors.json of its folder; null when there is no
    /// such file or it does not name the set.</summary>
    public static SetFloors? Beside(FileInfo questions) =>
        questions.DirectoryName is { } folder && Path.Combine(folder, Name) is var path && File.Exists(path)
            ? Read(path).GetValueOrDefault(questions.Name)
            : null;

    private static EvalFloors ReadFloors(JsonElement element) =>
        element.EnumerateObject().Aggregate(new EvalFloors(), (floors, figure) => KeptFloors.With(floors, figure.Name, figure.Value.GetDouble(), replayedOnly: false));
}
