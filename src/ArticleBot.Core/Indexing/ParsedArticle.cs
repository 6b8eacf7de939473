using System.Runtime.ExceptionServices;
using ArticleBot.Core.Articles;
using Lucene.Net.Documents;

namespace ArticleBot.Core.Indexing;

/// <summary>One article file, read and analysed ahead of the index writer: its documents, or why it was skipped,
/// or the unexpected failure to rethrow where the writer would have met it; and what reading it warned about.</summary>
internal sealed record ParsedArticle(string File, string Source, Article? Article, IReadOnlyList<Document>? Documents, ArticleBotException? Skipped, ExceptionDispatchInfo? Fault)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
