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

    /// <summary>Below this share of a quotation lookup's concepts (weighted by rarity, or of its words in order) in the
    /// best quotation, the bot says it finds no such quotation ("who said…", "find the quote…"). Paragraph answers use
    /// the fitted floors of the weights file instead (<see cref="Declining.DeclineThresholds"/>): quotation lookups are
    /// not among the questions <c>articlebot fit</c> replays, so their floor stays a setting.</summary>
    [Range(0.0, 1.0)]
    public double MinimumCoverage { get; set; } = 0.45;

    /// <summary>Questions are cut to this many characters before they are understood.</summary>
    [Range(10, 100_000)]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Characters of a snippet before it is cut at a sentence or word boundary.</summary>
    [Range(80, 4000)]
    public int SnippetLength { get; set; } = 300;
}
