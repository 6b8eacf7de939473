using ArticleBot.Core.Language;

namespace ArticleBot.Core.Answering;

/// <summary>Words that shape a question but are not what it is about ("what", "does", "tell me").</summary>
internal static class QuestionWords
{
    public static readonly IReadOnlySet<string> Filler = WordList.Load("question-fillers");
}
