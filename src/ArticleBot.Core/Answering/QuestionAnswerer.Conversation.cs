using ArticleBot.Core.Analysis;
using ArticleBot.Core.Conversations;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>Turns of a conversation: the question is read against the previous turn first (<see cref="FollowUpResolver"/>),
/// and every reply carries the state the next turn refers to.</summary>
public sealed partial class QuestionAnswerer
{
    private ChatReply AnswerTurn(ChatQuestion question, string cleaned, IndexGeneration generation, int top, int skip)
    {
        var speakers = generation.Speakers;
        // A state handed back by a client is only a hint: a speaker or article the index does not know is forgotten.
        var previous = question.Previous is { } state
            ? state with
            {
                Speaker = state.Speaker is { } s && speakers.Contains(s) ? s : null,
                ArticleId = state.ArticleId is { } a && generation.Articles.ContainsKey(a) ? a : null,
            }
            : null;
        var followUp = question.Intent is null ? FollowUpResolver.Resolve(cleaned, previous, speakers, generation.SpeakerSexes) : new FollowUp.Standalone();
        var (resolved, reply) = followUp switch
        {
            FollowUp.Rewritten rewritten => (rewritten.Question, AnswerOne(question, rewritten.Question, generation, top, Math.Max(skip, rewritten.Skip)) with { Question = cleaned }),
            FollowUp.OtherQuotes other => (ReplyTexts.WhatElseDidSay(other.Speaker), OtherQuotes(cleaned, other.Speaker, previous, generation, top, skip, ArticleScope.Of(question))),
            FollowUp.When => (previous!.Question, WhenOf(cleaned, previous, generation)),
            FollowUp.UnknownPerson => (cleaned, Unresolved(cleaned, ReplyTexts.UnknownPerson(generation), generation, ArticleScope.Of(question))),
            FollowUp.NothingBefore => (cleaned, Unresolved(cleaned, ReplyTexts.NothingBefore(generation), generation, ArticleScope.Of(question))),
            _ => (cleaned, AnswerOne(question, cleaned, generation, top, skip)),
        };
        var usedSkip = followUp is FollowUp.Rewritten { Skip: > 0 } more ? Math.Max(skip, more.Skip) : skip;
        return reply with { Conversation = ConversationTracker.After(previous, resolved, reply, top, usedSkip, speakers) };
    }

    /// <summary>Quotations of one speaker not yet shown in the conversation, in the articles' order, from the
    /// articles the question may be answered from.</summary>
    private static ChatReply OtherQuotes(string asked, string speaker, ConversationState? previous, IndexGeneration generation, int top, int skip, ArticleScope? scope)
    {
        var shown = (previous?.Shown ?? []).Select(passage => (passage.ArticleId, passage.Paragraph)).ToHashSet();
        var others = generation.Quotes
            .Where(quote => quote.Speaker == speaker && !quote.IsParaphrase && !shown.Contains((quote.ArticleId, quote.Paragraph)) && (scope?.Allows(quote.ArticleId) ?? true))
            .DistinctBy(quote => (quote.ArticleId, quote.Paragraph))
            .ToList();
        var page = others.Skip(skip).Take(top)
            .Where(quote => generation.Articles.ContainsKey(quote.ArticleId))
            .Select(quote => PassageFactory.Whole(generation.Articles[quote.ArticleId], quote.Paragraph,
                generation.ParagraphText(quote.ArticleId, quote.Paragraph) ?? quote.Text, quote, quote.Text))
            .ToList();
        if (page.Count == 0)
        {
            return new ChatReply(asked, false, QuestionIntent.Quote, [], ReplyTexts.NoOtherQuotes(speaker), SuggestedQuestions.For(generation, scope));
        }

        return new ChatReply(asked, true, QuestionIntent.Quote, page, ReplyTexts.AlsoSaidIntro(speaker))
        {
            HasMore = others.Count > skip + top,
            Lead = new AnswerLead([new LeadSegment(ReplyTexts.AlsoSaid(speaker, page[0].Quote!), [1])]),
        };
    }

    /// <summary>"When was that?": the first sentence giving a date or time in the last answer's best passage (the one
    /// its lead cites first), as the answer; without one the reply says plainly that the article does not say, rather
    /// than searching the question's words again or reading the next passages, which are about something else.</summary>
    private static ChatReply WhenOf(string asked, ConversationState previous, IndexGeneration generation)
    {
        if (previous.Latest is [var (articleId, paragraph), ..]
            && generation.Articles.TryGetValue(articleId, out var article) && generation.ParagraphText(articleId, paragraph) is { } text)
        {
            // The article's own sentence, not a speaker's: a date inside a quotation ("pushing it back to September")
            // is what the speaker spoke of, not when they spoke or when it happened.
            var dated = SentenceSplitter.SplitText(text).Select(sentence => sentence.Trim())
                .FirstOrDefault(sentence => !Quoted(sentence, generation.QuotesByParagraph[(articleId, paragraph)]) && AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoNames));
            if (dated is not null)
            {
                return new ChatReply(asked, true, QuestionIntent.Ask, [PassageFactory.Whole(article, paragraph, text, quote: null, dated)], ReplyTexts.Answered)
                {
                    Lead = new AnswerLead([new LeadSegment(dated, [1])]),
                };
            }
        }

        return new ChatReply(asked, false, QuestionIntent.Ask, [], ReplyTexts.NoDate);
    }

    private static readonly HashSet<string> NoNames = [];

    private static bool Quoted(string sentence, IEnumerable<QuoteRecord> quotes) =>
        sentence.IndexOfAny(QuotationMarks) >= 0 || quotes.Any(quote => !quote.IsParaphrase && quote.Text.Contains(sentence.TrimEnd('.', ',', '”', '"'), StringComparison.Ordinal));

    private static readonly char[] QuotationMarks = ['“', '”', '"'];

    private static ChatReply Unresolved(string asked, string message, IndexGeneration generation, ArticleScope? scope) =>
        new(asked, false, QuestionIntent.Ask, [], message, SuggestedQuestions.For(generation, scope));

}
