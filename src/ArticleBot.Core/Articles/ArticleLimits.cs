namespace ArticleBot.Core.Articles;

/// <summary>How much of an article the bot will read (issue 14: a 50 MB article took the bot to 2 GB and kept it
/// there; one 5 MB paragraph made a 28-byte question return 5.2 MB).</summary>
/// <param name="MaxBytes">A larger file is skipped with a message naming it.</param>
/// <param name="MaxParagraphLength">A longer paragraph (in characters) is split at sentence ends.</param>
public sealed record ArticleLimits(long MaxBytes, int MaxParagraphLength)
{
    public const int DefaultMaxBytes = 10 * 1024 * 1024;

    // Twice the longest paragraph of the articles so far (2,166 characters, squad11's teacher.txt), so no
    // ordinary article is split and its paragraph numbers stay as they are.
    public const int DefaultMaxParagraphLength = 4000;

    public static ArticleLimits Default { get; } = new(DefaultMaxBytes, DefaultMaxParagraphLength);
}
