using ArticleBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Builds Lucene queries from understood concepts (never from user syntax, so no input can make a query fail)
/// and reads the candidates back.
/// </summary>
internal static class ParagraphSearch
{
    /// <summary>Candidates re-ranked with sentence evidence; BM25 alone decides which passages get that far.</summary>
    public const int Candidates = 40;

    private const float ExactBoost = 0.3f;

    /// <param name="articleId">Only this article's documents; null searches them all.</param>
    public static Query Build(IndexGeneration generation, string kind, IReadOnlyList<Concept> concepts, IReadOnlyList<string> extraExactTerms, string? articleId = null)
    {
        var (body, exact) = kind == IndexFields.Kinds.Quote
            ? (IndexFields.QuoteBody, IndexFields.QuoteExact)
            : (IndexFields.Body, IndexFields.Exact);
        var terms = new BooleanQuery();
        var common = CommonWordFrequency(generation);
        foreach (var concept in concepts)
        {
            foreach (var (form, weight) in concept.Forms)
            {
                var (term, context) = generation.Terms.Get(body, form);
                // A related word found in a large share of a large index says little about which passages answer
                // and costs a walk of long postings; it still counts in the re-ranking of the candidates.
                if (weight < 1.0 && context.DocFreq > common)
                {
                    continue;
                }

                terms.Add(new PooledTermQuery(term, context) { Boost = (float)weight }, Occur.SHOULD);
            }

            // The exact form only tells apart passages that share the stem; for a common word that is many, and
            // the re-ranking weighs the form anyway.
            var (exactTerm, exactContext) = generation.Terms.Get(exact, concept.Exact);
            if (exactContext.DocFreq <= common)
            {
                terms.Add(new PooledTermQuery(exactTerm, exactContext) { Boost = ExactBoost }, Occur.SHOULD);
            }

            if (concept.PhraseStems is var (first, second))
            {
                terms.Add(new PhraseQuery { new Term(body, first), new Term(body, second) }, Occur.SHOULD);
            }
        }

        foreach (var term in extraExactTerms.Distinct().Take(QueryUnderstanding.MaxConcepts))
        {
            terms.Add(Term(generation, exact, term, ExactBoost), Occur.SHOULD);
        }

        // The kind is a cached bit set, not a required clause: a clause would walk the postings of every paragraph
        // of a large index beside the question's terms. It adds nothing to the score either way.
        var ofKind = new FilteredQuery(terms, generation.KindFilter(kind));
        // One article's documents by a filter, not a clause, so its scores are the same as when all are asked.
        return articleId is null ? ofKind : new FilteredQuery(ofKind, new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Article, articleId))));
    }

    /// <summary>Document frequency above which a related word (not the question's own word), or a word's exact form,
    /// is left out of the candidate search: 5% of the paragraphs, and never below 1,000, so a small index searches
    /// every form.</summary>
    private static int CommonWordFrequency(IndexGeneration generation) =>
        Math.Max(CommonWordMinimum, generation.Searcher.IndexReader.MaxDoc / CommonWordShare);

    private const int CommonWordMinimum = 1000;

    private const int CommonWordShare = 20;

    /// <summary>A term query whose term is looked up once per generation, not once per question, and whose postings
    /// are read through the generation's <see cref="PostingsPool"/> during <see cref="Search"/>.</summary>
    private static PooledTermQuery Term(IndexGeneration generation, string field, string text, float boost)
    {
        var (term, context) = generation.Terms.Get(field, text);
        return new PooledTermQuery(term, context) { Boost = boost };
    }

    /// <summary>The best <see cref="Candidates"/> documents for a query, read back with their article, paragraph
    /// number and text; BM25 scores are divided by the best one, so 1.0 is the top hit.</summary>
    public static List<Candidate> Search(IndexGeneration generation, Query query)
    {
        ScoreDoc[] hits;
        using (generation.Postings.Search())
        {
            hits = generation.Searcher.Search(query, Candidates).ScoreDocs;
        }

        var candidates = new List<Candidate>(hits.Length);
        var maxScore = hits.Length == 0 ? 1 : hits.Max(hit => hit.Score);
        foreach (var hit in hits)
        {
            if (Read(generation, hit.Doc) is var (articleId, paragraph, text) && generation.Articles.TryGetValue(articleId, out var article))
            {
                candidates.Add(new Candidate(article, paragraph, text, hit.Score / maxScore));
            }
        }

        return candidates;
    }

    /// <summary>A candidate's article, paragraph and text: from the small index's kept documents, else from the
    /// passage doc values, else (an index without them, a passage too long for one) from the stored fields.</summary>
    private static (string ArticleId, int Paragraph, string Text) Read(IndexGeneration generation, int doc)
    {
        if (!generation.Documents.Enabled && PassageValues.TryRead(generation.Searcher.IndexReader, doc, out var articleId, out var paragraph, out var text))
        {
            return (articleId, paragraph, text);
        }

        var document = generation.Documents.Get(doc);
        return (document.Get(IndexFields.Article), document.GetField(IndexFields.Paragraph).GetInt32Value() ?? 0, document.Get(IndexFields.Text));
    }
}

/// <summary>A document found by <see cref="ParagraphSearch.Search"/>.</summary>
internal sealed record Candidate(ArticleInfo Article, int Paragraph, string Text, double RelativeBm25);
