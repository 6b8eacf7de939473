using ArticleBot.Testing;

namespace ArticleBot.Core.Tests;

/// <summary>The tests read the project's given material from <c>tests/shared</c>; that copy must stay what it copies.</summary>
public sealed class SharedCopyTests
{
    [Fact]
    public void The_copy_holds_the_seed_article_and_the_payloads_of_both_platforms()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.SharedCopy, "seed", "article.txt")));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCopy, "protocol", "discord")), file => file.EndsWith("ready.json", StringComparison.Ordinal));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCopy, "protocol", "slack")), file => file.EndsWith("events_app_mention.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_the_original_stands_beside_the_repository_the_copy_is_identical_to_it()
    {
        var original = Path.Combine(RepoPaths.Root, "..", "shared");
        foreach (var copy in Directory.EnumerateFiles(RepoPaths.SharedCopy, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.SharedCopy, copy);
            var source = Path.Combine(original, relative);
            if (relative != "README.md" && File.Exists(source))
            {
                Assert.True(File.ReadAllBytes(source).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), $"tests/shared/{relative} differs from ../shared/{relative}");
            }
        }
    }
}
