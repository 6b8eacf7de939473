namespace ArticleBot.Core.Evaluation;

/// <summary>The question word a question turns on ("how many", "when", "who"…), to break the fit's figures down by
/// the kind of question: the first one it holds, so "In what year did…" is a "what" question.</summary>
internal static class QuestionKind
{
    public const string Other = "other";

    private static readonly string[] Words = ["what", "which", "who", "whom", "whose", "when", "where", "why", "how"];

    public static string Of(string question)
    {
        var words = question.ToLowerInvariant().Split([' ', '\t', ',', '?', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (Array.IndexOf(Words, words[i]) is var found and >= 0)
            {
                return found switch
                {
                    2 or 3 or 4 => "who",
                    8 when i + 1 < words.Length && words[i + 1] is "many" or "much" => "how " + words[i + 1],
                    _ => Words[found],
                };
            }
        }

        return Other;
    }
}
