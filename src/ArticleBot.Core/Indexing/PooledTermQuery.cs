using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// A <see cref="TermQuery"/> over a term looked up beforehand, matching and scoring exactly as it does, that reads
/// its postings through the <see cref="PostingsPool"/> scope of the search when there is one, instead of making
/// new enumerators for every term of every question.
/// </summary>
public sealed class PooledTermQuery(Term term, TermContext context) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // As TermQuery: a context built for another reader is not used.
        var states = ReferenceEquals(context.TopReaderContext, searcher.TopReaderContext) ? context : TermContext.Build(searcher.TopReaderContext, Term);
        return new PooledTermWeight(this, searcher, states);
    }

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field) =>
        (Term.Field == field ? "" : Term.Field + ":") + Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is PooledTermQuery other && Boost.Equals(other.Boost) && Term.Equals(other.Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Term);

    private sealed class PooledTermWeight : Weight
    {
        private readonly PooledTermQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext _states;

        public PooledTermWeight(PooledTermQuery query, IndexSearcher searcher, TermContext states)
        {
            _query = query;
            _states = states;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_states.Get(context.Ord) is not { } state)
            {
                return null; // not in this segment
            }

            var term = _query.Term;
            DocsEnum docs;
            if (PostingsPool.Current is { } set && set.Serves(context))
            {
                docs = set.Docs(context, term.Field, term.Bytes, state, acceptDocs);
            }
            else
            {
                var terms = context.AtomicReader.GetTerms(term.Field).GetEnumerator();
                terms.SeekExact(term.Bytes, state);
                docs = terms.Docs(acceptDocs, null);
            }

            return new PostingsScorer(this, docs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var score = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
                var result = new ComplexExplanation(true, score.Value, $"weight({_query} in {doc}) [{_similarity.GetType().Name}], result of:");
                result.AddDetail(score);
                return result;
            }

            return new ComplexExplanation(false, 0.0f, "no matching term");
        }
    }

    /// <summary>What Lucene's TermScorer does: the postings' documents, each scored from its term frequency.</summary>
    private sealed class PostingsScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

        public override long GetCost() => docs.GetCost();

        public override string ToString() => "scorer(" + Weight + ")";
    }
}
