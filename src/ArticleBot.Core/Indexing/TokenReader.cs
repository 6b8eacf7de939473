using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArticleBot.Core.Indexing;

/// <summary>Runs an analyzer over a string and collects its tokens.</summary>
public static class TokenReader
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text, string field = IndexFields.Body)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
