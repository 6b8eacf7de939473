using ArticleBot.Core.Commands;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>The fixed sentences of replies, and example questions built from the articles themselves.</summary>
internal static class ReplyTexts
{
    public const string Answered = "The article says:";
    public const string QuoteFound = "Quoted in the article:";
    public const string WhoFound = "According to the article:";

    /// <summary>A miss, over the number of articles that were searched (the question's scope).</summary>
    public static string NotFound(int articles) => $"I couldn't find that in {Searched(articles)}.";

    public static string QuoteNotFound(int articles) => $"I couldn't find a quotation like that in {Searched(articles)}.";

    private static string Searched(int articles) => articles == 1 ? "the article" : "the articles";
    public const string Blank = "Ask me a question about the article.";
    /// <summary>"When was that?" about passages that give no date or time.</summary>
    public const string NoDate = "The article does not say when that was.";
    public const string NoArticles = "There are no articles to answer from yet. Add one to the articles folder.";

    /// <summary>An answer's lead for a quotation looked up by its words.</summary>
    public static string Said(string speaker, string quotation) => $"{speaker} said: “{quotation}”";

    /// <summary>An answer's lead for "who said …?".</summary>
    public static string SaidIt(string speaker, string quotation) => $"{speaker} said it: “{quotation}”";

    /// <summary>A quotation the article does not attribute.</summary>
    public static string Unattributed(string quotation) => $"The article does not say who said: “{quotation}”";

    /// <summary>"What else did he say?", resolved: how a conversation remembers the question.</summary>
    public static string WhatElseDidSay(string speaker) => $"What else did {speaker} say?";

    public static string AlsoSaidIntro(string speaker) => $"{speaker} also said:";

    /// <summary>The lead of another quotation of someone already quoted.</summary>
    public static string AlsoSaid(string speaker, string quotation) => $"{speaker} also said: “{quotation}”";

    public static string NoOtherQuotes(string speaker) => $"The articles quote nothing else of {speaker}.";

    /// <summary>"He", "she" or "his" when the conversation has named nobody.</summary>
    public static string UnknownPerson(IndexGeneration generation) =>
        $"I'm not sure who you mean. Ask again with their name, for example \"{ElseExample(generation)}\"";

    /// <summary>"Tell me more" or "and …?" with no question before it.</summary>
    public static string NothingBefore(IndexGeneration generation) =>
        $"I'm not sure what that refers to: there is no question before it. Ask with the name or subject, for example \"{ExampleQuestion(generation)}\"";

    private static string ElseExample(IndexGeneration generation) =>
        generation.Articles.Values.SelectMany(article => article.Speakers).FirstOrDefault() is { } speaker
            ? WhatElseDidSay(speaker)
            : "What is the article about?";

    /// <summary>A question restricted to an article the index does not have.</summary>
    public static string NoSuchArticle(string articleId) => $"There is no article \"{articleId}\". /source lists them.";

    /// <summary>What the bot does, with an example question drawn from the articles it has (never one written for a
    /// particular article).</summary>
    public static string Help(IndexGeneration generation)
    {
        var example = ExampleQuestion(generation);
        var lines = ChatCommands.All.Where(command => command.HelpLine is not null).Select(command => command.HelpLine!.Replace("{example}", example, StringComparison.Ordinal));
        return "I answer questions about the articles I have, with the passages and who said them.\n" + string.Join('\n', lines);
    }

    private static string ExampleQuestion(IndexGeneration generation) =>
        generation.Articles.Values.SelectMany(article => article.Speakers).FirstOrDefault() is { } speaker
            ? WhoIs(speaker)
            : "What is the article about?";

    /// <summary>A starter or suggestion asking who a quoted person is.</summary>
    public static string WhoIs(string person) => $"Who is {person}?";

    /// <summary>A starter or suggestion asking who said a quotation, by its opening words (<see cref="OpeningWords"/>).</summary>
    public static string WhoSaid(string opening) => $"Who said \"{opening}\"?";

    public const int MaxStarters = 4;

    /// <summary>Questions to start with, drawn from every article in turn: who a quoted person is, and who said one of
    /// its quotations (its opening words). Help offers them, and the web page shows them on an empty chat.</summary>
    public static IReadOnlyList<string> Starters(IndexGeneration generation, ArticleScope? scope = null)
    {
        var quotesByArticle = generation.Quotes.ToLookup(quote => quote.ArticleId, StringComparer.Ordinal);
        var perArticle = generation.Articles.Values
            .Where(article => scope?.Allows(article.Id) ?? true)
            .OrderBy(article => article.Id, StringComparer.Ordinal)
            .Select(article => StartersOf(article, quotesByArticle[article.Id]).ToList())
            .ToList();
        var starters = new List<string>();
        for (var round = 0; starters.Count < MaxStarters && perArticle.Any(list => list.Count > round); round++)
        {
            starters.AddRange(perArticle.Where(list => list.Count > round).Select(list => list[round]));
        }

        return starters.Distinct().Take(MaxStarters).ToList();
    }

    private static IEnumerable<string> StartersOf(ArticleInfo article, IEnumerable<QuoteRecord> articleQuotes)
    {
        var own = articleQuotes.Where(quote => quote.Speaker is not null && !quote.ByOrganisation).ToList();
        // Each person quoted or paraphrased, and the quotations of different people first.
        var people = article.Speakers.Where(speaker => own.Any(quote => quote.Speaker == speaker)).ToList();
        var direct = own.Where(quote => !quote.IsParaphrase).GroupBy(quote => quote.Speaker)
            .SelectMany(byPerson => byPerson.Select((quote, rank) => (quote, rank))).OrderBy(pair => pair.rank).Select(pair => pair.quote).ToList();
        for (var i = 0; i < Math.Max(people.Count, direct.Count); i++)
        {
            if (i < people.Count)
            {
                yield return WhoIs(people[i]);
            }

            if (i < direct.Count)
            {
                yield return WhoSaid(OpeningWords(direct[i].Text));
            }
        }
    }

    private const int MaxSuggestedWords = 8;

    /// <summary>A quotation's opening clause when it is short ("We never intended to be a disruptor"), else its
    /// first words with an ellipsis, so a suggestion never stops mid-phrase as if it were broken.</summary>
    internal static string OpeningWords(string quotation)
    {
        var words = quotation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(words.Length, MaxSuggestedWords + 2); i++)
        {
            if (words[i].Length > 0 && words[i][^1] is ',' or ';' or ':' or '.' or '!' or '?' or '—')
            {
                return string.Join(' ', words.Take(i + 1)).TrimEnd(',', ';', ':', '.', '—');
            }
        }

        return words.Length <= MaxSuggestedWords + 2 ? string.Join(' ', words) : string.Join(' ', words.Take(MaxSuggestedWords)) + "…";
    }
}
