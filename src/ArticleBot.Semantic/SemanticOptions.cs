using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Semantic;

/// <summary>Settings of section <c>ArticleBot:Semantic</c>.</summary>
public sealed class SemanticOptions
{
    public const string Section = "ArticleBot:Semantic";

    /// <summary>Rank with the sentence-embedding model beside BM25 (the hybrid weights of the ranker file). On by
    /// default: fitted with the seed's and the second article's sets kept, it answers every one of them as well as
    /// the words alone and more of new articles' questions, cross-validated by article (README, Answer quality).
    /// Off, the bot answers from words alone, with no model loaded.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Encode each paragraph's sentences too, for the ranker's best-sentence cosine and the snippet. Off,
    /// only paragraphs are encoded (a build encodes about a third as many texts, and the vectors take a quarter of
    /// the memory), and the hybrid ranker loses that feature.</summary>
    public bool SentenceVectors { get; set; } = true;

    /// <summary>Run an int8 copy of the model, made from the package's graph when it loads (its MatMuls' weights
    /// per column, activations per run, as onnxruntime's <c>quantize_dynamic</c> does). On by default: held out by
    /// article it answers as fp32 does (0.803 Hit@1 both; squad11, the seed's sets and the genre sets the same to the
    /// question) and encodes a question 2.5–5× faster (BENCHMARKS.md, the embedding model). Its vectors are not fp32's,
    /// so the vector cache and the index's vectors are made anew under another model id. Off, the package's fp32 graph
    /// runs as it is.</summary>
    public bool Quantized { get; set; } = true;

    /// <summary>What the model reads with each paragraph besides its own words (the article's title, the previous paragraph's last sentence; docs/quality.md, "Paragraphs read in their context").</summary>
    public Core.Semantic.PassageContext PassageContext { get; set; } = Core.Semantic.SemanticIndex.DefaultPassageContext;

    /// <summary>Threads one encoding may use. One question's encoding is short; more threads mostly help the
    /// paragraph encoding of a build.</summary>
    [Range(1, 64)]
    public int Threads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
