namespace ArticleBot.Core.Answering;

/// <summary>A run of characters in a snippet, such as a word that matched the question.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
