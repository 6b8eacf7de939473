using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Semantic;

/// <summary>Settings of section <c>ArticleBot:Semantic</c>.</summary>
public sealed class SemanticOptions
{
    public const string Section = "ArticleBot:Semantic";

    /// <summary>Rank with the sentence-embedding model beside BM25. Off, the bot answers from the words alone (the
    /// lexical weights of the ranker file) and does not load the model.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Threads one encoding may use. One question's encoding is short; more threads mostly help the
    /// paragraph encoding of a build.</summary>
    [Range(1, 64)]
    public int Threads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
