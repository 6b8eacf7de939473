using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Lucene's <see cref="BM25Similarity"/> with its defaults (k1 = 1.2, b = 0.75, overlaps discounted), scoring every
/// document exactly as it does, the same float operations in the same order, but without its garbage: it builds a
/// 256-float table of length normalisations for every term of every query (1 KB each, the largest share of what a
/// question allocated), and an idf explanation with formatted strings, though the table depends only on the
/// field's average length, which a generation never changes. Here the table is made once per field and average
/// length and shared by every query; the idf is kept as a number and explained only when asked.
/// </summary>
/// <remarks>Norms are still written and read by <see cref="BM25Similarity.ComputeNorm"/>, so an index written with
/// either similarity is read the same by both.</remarks>
public sealed class SharedNormBm25Similarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    /// <summary>What a stored norm byte stands for, as <see cref="BM25Similarity"/> decodes it: 1 / f², f the byte's
    /// small float.</summary>
    private static readonly float[] DecodedNorms = MakeDecodedNorms();

    private readonly BM25Similarity _indexTime = new();

    // One table per field: the latest average length seen for it (a generation has one), so the map is bounded by
    // the fields of the index.
    private readonly ConcurrentDictionary<string, NormTable> _tables = new(StringComparer.Ordinal);

    public override long ComputeNorm(FieldInvertState state) => _indexTime.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var maxDoc = collectionStats.MaxDoc;
        float idf;
        if (termStats.Length == 1)
        {
            idf = Idf(termStats[0].DocFreq, maxDoc);
        }
        else
        {
            idf = 0.0f;
            foreach (var stats in termStats)
            {
                idf += Idf(stats.DocFreq, maxDoc);
            }
        }

        var averageLength = AverageFieldLength(collectionStats);
        return new Weight(collectionStats.Field, idf, queryBoost, averageLength, TableFor(collectionStats.Field, averageLength));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Weight)weight;
        return new Scorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => "SharedNormBM25(k1=" + K1 + ",b=" + B + ")";

    /// <summary>log(1 + (numDocs − docFreq + 0.5) / (docFreq + 0.5)), in double, then narrowed, as BM25Similarity.</summary>
    private static float Idf(long docFreq, long numDocs) => (float)Math.Log(1 + (numDocs - docFreq + 0.5D) / (docFreq + 0.5D));

    /// <summary>sumTotalTermFreq / maxDoc, or 1 when the field has no such statistic, as BM25Similarity.</summary>
    private static float AverageFieldLength(CollectionStatistics stats)
    {
        var sumTotalTermFreq = stats.SumTotalTermFreq;
        return sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)stats.MaxDoc);
    }

    private float[] TableFor(string field, float averageLength)
    {
        if (_tables.TryGetValue(field, out var table) && table.AverageLength.Equals(averageLength))
        {
            return table.Values;
        }

        var values = new float[256];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = K1 * ((1 - B) + B * DecodedNorms[i] / averageLength);
        }

        _tables[field] = new NormTable(averageLength, values);
        return values;
    }

    private static float[] MakeDecodedNorms()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }

    private sealed record NormTable(float AverageLength, float[] Values);

    private sealed class Weight(string field, float idf, float queryBoost, float averageLength, float[] norms) : SimWeight
    {
        public string Field { get; } = field;

        public float[] Norms { get; } = norms;

        /// <summary>idf × query boost × top-level boost, multiplied in that order.</summary>
        public float Value { get; private set; }

        public float Idf { get; } = idf;

        public float QueryBoost { get; } = queryBoost;

        public float AverageLength { get; } = averageLength;

        public override float GetValueForNormalization()
        {
            // As BM25: a TF-IDF-like value for the query norm, which BM25 itself then ignores.
            var queryWeight = Idf * QueryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost) => Value = Idf * QueryBoost * topLevelBoost;
    }

    private sealed class Scorer(Weight stats, NumericDocValues? norms) : SimScorer
    {
        private readonly float _weight = stats.Value * (K1 + 1);
        private readonly float[] _norms = stats.Norms;

        public override float Score(int doc, float freq)
        {
            // Without norms, as if b = 0.
            var norm = norms is null ? K1 : _norms[(sbyte)norms.Get(doc) & 0xFF];
            return _weight * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation(Score(doc, freq.Value), $"score(doc={doc},freq={freq.Value}), BM25 with idf {stats.Idf}, avgFieldLength {stats.AverageLength}");
            result.AddDetail(freq);
            return result;
        }
    }
}
