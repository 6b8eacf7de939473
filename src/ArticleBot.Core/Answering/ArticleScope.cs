using ArticleBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArticleBot.Core.Answering;

/// <summary>The articles a question may be answered from (<see cref="ChatQuestion.ArticleIds"/>). Applied as a
/// Lucene filter on the search itself, not to its best hits, so a restricted channel still gets the best passages of
/// its own articles when other articles would have filled the candidate list.</summary>
internal sealed class ArticleScope
{
    private readonly HashSet<string> _ids;
    private readonly Filter _filter;

    private ArticleScope(HashSet<string> ids)
    {
        _ids = ids;
        var any = new BooleanQuery();
        foreach (var id in ids)
        {
            any.Add(new TermQuery(new Term(IndexFields.Article, id)), Occur.SHOULD);
        }

        _filter = new QueryWrapperFilter(any);
    }

    /// <summary>Null (no restriction) when no ids are given.</summary>
    public static ArticleScope? From(IReadOnlyList<string>? articleIds) =>
        articleIds is { Count: > 0 } ? new ArticleScope(articleIds.ToHashSet(StringComparer.Ordinal)) : null;

    /// <summary>The scope of a question: the page's "ask within" names one article; a channel's settings may name several.</summary>
    public static ArticleScope? Of(ChatQuestion question) => From(question.ArticleId is { } one ? [one] : question.ArticleIds);

    public bool Allows(string articleId) => _ids.Contains(articleId);

    public Query Restrict(Query query) => new FilteredQuery(query, _filter);
}
