using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Measured alone: other tests allocating in the same process would move the resident size it compares.</summary>
[CollectionDefinition(nameof(BuildMemoryTests), DisableParallelization = true)]
public sealed class BuildMemoryCollection;

/// <summary>Issue 14: a 50 MB article took the bot from 165 MB to 2.04 GB resident, and it stayed there after the
/// article was gone. What the build allocated must go back to the system once the build is done.</summary>
[Collection(nameof(BuildMemoryTests))]
public sealed class BuildMemoryTests(ITestOutputHelper output) : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void After_a_large_article_is_indexed_and_replaced_resident_memory_returns_to_within_one_and_a_half_times_what_it_was()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        GC.Collect();
        var before = Environment.WorkingSet;
        var large = Path.Combine(_folder.ArticlesPath, "large.txt");
        // About 9 MB: under the 10 MB default limit, and the size of what made the bot grow.
        ArticleFolder.WriteGeneratedArticle(large, 50_000, seed: 14);

        index.EnsureCurrent();
        var peak = Environment.WorkingSet;
        File.WriteAllText(large, "The large article was replaced by this one line.\n");
        index.EnsureCurrent();
        var after = Environment.WorkingSet;

        TestReport.Line(output, $"memory: resident {before / 1048576} MB before, {peak / 1048576} MB after a 9 MB article was indexed, {after / 1048576} MB after it was replaced ({(double)after / before:F2}x)");
        Assert.True(after <= before * 1.5, $"{after / 1048576} MB resident after the build, {before / 1048576} MB before");
    }
}
