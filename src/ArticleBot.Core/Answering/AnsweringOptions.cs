using System.ComponentModel.DataAnnotations;

namespace ArticleBot.Core.Answering;

/// <summary>Settings of section <c>ArticleBot:Answering</c>.</summary>
public sealed class AnsweringOptions
{
    public const string Section = "ArticleBot:Answering";

    /// <summary>Related words applied to questions (see <see cref="SynonymMap"/>); missing file = none.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SynonymsPath { get; set; } = "index/synonyms.txt";

    /// <summary>A ranker weights file written by <c>articlebot fit</c>; empty = the weights built into the program.</summary>
    public string? RankerWeightsPath { get; set; }

    /// <summary>Below this share of a question's concepts (weighted by rarity) in the best passage, the bot says the
    /// article does not answer it rather than show an unrelated passage.</summary>
    [Range(0.0, 1.0)]
    public double MinimumCoverage { get; set; } = 0.45;

    /// <summary>Questions are cut to this many characters before they are understood.</summary>
    [Range(10, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Characters of a snippet before it is cut at a sentence or word boundary.</summary>
    [Range(80, 4000)]
    public int SnippetLength { get; set; } = 300;
}
