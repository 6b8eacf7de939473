using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArticleBot.Core.Indexing;

/// <summary>Runs an analyzer over a string and collects its tokens.</summary>
public static class TokenReader
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text, string field = IndexFields.Body) =>
        Read(analyzer, text, field, keep: null);

    /// <summary>Only the tokens whose term is in <paramref name="keep"/> (positions still count every token).
    /// Scoring a candidate paragraph needs only the question's terms, and making a string of every other word of
    /// every candidate was most of the allocation of an answer (BENCHMARKS.md, "Where the time went").</summary>
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text, string field, HashSet<string>? keep)
    {
        var tokens = new List<AnalyzedToken>(keep is null ? Math.Max(4, text.Length / 6) : 4);
        var lookup = keep?.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            string? value;
            if (lookup is { } known)
            {
                if (!known.TryGetValue(term.Buffer.AsSpan(0, term.Length), out value))
                {
                    continue;
                }
            }
            else
            {
                value = term.ToString();
            }

            tokens.Add(new AnalyzedToken(value, offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
