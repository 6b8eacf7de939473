namespace ArticleBot.Core.Indexing;

/// <summary>What <see cref="ArticleIndex.EnsureCurrent"/> did.</summary>
/// <param name="Rebuilt">False when the index on disk was current and reused.</param>
/// <param name="Skipped">Article files that could not be used, each with the reason.</param>
public sealed record IndexBuildResult(bool Rebuilt, int Articles, int Paragraphs, TimeSpan Elapsed, IReadOnlyList<string> Skipped)
{
    /// <summary>Articles used, but with something left out or changed (each naming the file), as logged.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the articles changed but the new generation could not be written, so the last complete
    /// one serves (<see cref="ArticleIndex.StaleReason"/> says why); the counts are that generation's.</summary>
    public bool Stale { get; init; }
}
