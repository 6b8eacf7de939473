using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The quality the bot must keep on each question set, so that it never regresses: tests/eval/floors.json,
/// which <c>fit --keep</c> holds a kept set at too.</summary>
internal static class QualityFloors
{
    private static readonly Lazy<IReadOnlyDictionary<string, SetFloors>> Sets = new(() => FloorsFile.Read(RepoPaths.InRepo("tests", "eval", FloorsFile.Name)));

    /// <summary>The floors of a question file of tests/eval, by its file name.</summary>
    public static SetFloors Of(string file) =>
        Sets.Value.TryGetValue(file, out var floors) ? floors : throw new KeyNotFoundException($"tests/eval/{FloorsFile.Name} has no floors for {file}.");
}
