using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The two analyses every paragraph gets. Text is folded by <see cref="Analysis.TextNormalizer"/> before it reaches
/// them (same length, so offsets still point into the original).
/// </summary>
public static class ArticleAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Standard tokens, possessives dropped, lower case, English stop words removed, Porter stems.</summary>
    public static Analyzer Stemmed { get; } = new StemmedAnalyzer();

    /// <summary>Standard tokens, lower case, accents folded; every word kept ("no", "not", "will" matter in quotes).</summary>
    public static Analyzer Exact { get; } = new ExactAnalyzer();

    /// <summary>Routes the stemmed fields to the stemmed analysis and everything else to the exact one.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer> { [IndexFields.Body] = Stemmed, [IndexFields.QuoteBody] = Stemmed });

    private sealed class StemmedAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class ExactAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
