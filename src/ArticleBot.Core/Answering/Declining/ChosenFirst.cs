namespace ArticleBot.Core.Answering.Declining;

/// <summary>Puts the passage <see cref="IAnswerGate.Choose"/> answered with first, the rest in their ranked order:
/// the answerer replies that way and the fitter replays it.</summary>
internal static class ChosenFirst
{
    public static void Apply<T>(List<T> ranked, int chosen)
    {
        if (chosen <= 0)
        {
            return;
        }

        var answer = ranked[chosen];
        ranked.RemoveAt(chosen);
        ranked.Insert(0, answer);
    }
}
