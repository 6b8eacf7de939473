using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>
/// What to offer when a question is declined: questions the articles do answer, near what was asked. The passages
/// that came closest (declined, but the best the search found) lead: who said one of their quotations, and who a
/// person quoted there is; then the starters of their articles, then the starters of every article the question may
/// be answered from. Every suggestion is of a form the quotation lookup or the search answers (as the starters are),
/// and none points outside the question's scope.
/// </summary>
internal static class SuggestedQuestions
{
    /// <summary>Questions offered, before the <c>/source</c> that always ends the list.</summary>
    public const int MaxQuestions = 3;

    /// <summary>How many of the closest passages are looked at; further down they are no nearer than the starters.</summary>
    private const int NearestPassages = 5;

    /// <summary>The fewest words of a quotation's opening that find it again ("Who said “No”?" would not).</summary>
    private const int MinimumOpeningWords = 4;

    /// <param name="nearest">The declined candidates, closest first (already within <paramref name="scope"/>).</param>
    public static IReadOnlyList<string> For(IndexGeneration generation, ArticleScope? scope, IEnumerable<(string ArticleId, int Paragraph)>? nearest = null)
    {
        var passages = (nearest ?? []).Where(passage => scope?.Allows(passage.ArticleId) ?? true).Distinct().Take(NearestPassages).ToList();
        var near = passages.SelectMany(passage => FromPassage(generation, passage));
        var ofTheirArticles = passages.Select(passage => passage.ArticleId).Distinct()
            .SelectMany(article => ReplyTexts.Starters(generation, ArticleScope.From([article])));
        var questions = near.Concat(ofTheirArticles).Concat(ReplyTexts.Starters(generation, scope)).Distinct().Take(MaxQuestions);
        return [.. questions, "/source"];
    }

    /// <summary>Who said the passage's quotations, then who the people quoted in it are.</summary>
    private static IEnumerable<string> FromPassage(IndexGeneration generation, (string ArticleId, int Paragraph) passage)
    {
        var quotes = generation.QuotesByParagraph[passage].Where(quote => quote.Speaker is not null && !quote.ByOrganisation).ToList();
        var said = quotes.Where(quote => !quote.IsParaphrase)
            .Select(quote => ReplyTexts.OpeningWords(quote.Text))
            .Where(opening => opening.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumOpeningWords)
            .Select(ReplyTexts.WhoSaid);
        var people = quotes.Select(quote => quote.Speaker!).Distinct(StringComparer.Ordinal).Select(ReplyTexts.WhoIs);
        return said.Concat(people);
    }
}
