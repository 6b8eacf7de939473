using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests;

internal static class SeedArticle
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md");

    private static readonly Lazy<Article> Lazy = new(() => ArticleBuilder.Read(Path));

    public static Article Article => Lazy.Value;
}
