using ArticleBot.Core.Language;
using System.Text.RegularExpressions;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Commands;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Decides what a question asks for: a chat command (<c>/quote …</c>) says it outright; otherwise the wording does
/// ("who said …", "find the quote about …", "show paragraph 4", "help"). Everything else is an ordinary question.
/// </summary>
public static partial class QuestionParser
{
    public static ParsedQuestion Parse(string cleaned, QuestionIntent? given)
    {
        var (commandIntent, rest) = SplitCommand(cleaned);
        var intent = given ?? commandIntent;
        var text = commandIntent is null ? cleaned : rest;

        intent ??= Infer(text);
        return intent switch
        {
            QuestionIntent.Source => ParseSource(cleaned, text),
            QuestionIntent.Who => new ParsedQuestion(cleaned, QuestionIntent.Who, StripWho(text)),
            QuestionIntent.Quote => new ParsedQuestion(cleaned, QuestionIntent.Quote, StripQuoteRequest(text)),
            var other => new ParsedQuestion(cleaned, other.Value, text),
        };
    }

    private static (QuestionIntent? Intent, string Remainder) SplitCommand(string text)
    {
        var match = CommandPattern().Match(text);
        if (!match.Success)
        {
            return (null, text);
        }

        // The table of commands names them (and their aliases); an admin command there is no question.
        var intent = ChatCommands.ForWord(match.Groups["command"].Value)?.Intent;
        return intent is null ? (null, text) : (intent, text[match.Length..].Trim());
    }

    private static QuestionIntent Infer(string text)
    {
        if (text.Length == 0 || HelpPattern().IsMatch(text))
        {
            return QuestionIntent.Help;
        }

        if (SourcePattern().IsMatch(text))
        {
            return QuestionIntent.Source;
        }

        if (WhoPattern().IsMatch(text))
        {
            return QuestionIntent.Who;
        }

        return QuoteRequestPattern().IsMatch(text) || IsWhollyQuoted(text) ? QuestionIntent.Quote : QuestionIntent.Ask;
    }

    private static ParsedQuestion ParseSource(string original, string text)
    {
        var number = ParagraphNumberPattern().Match(text);
        int? paragraph = number.Success && int.TryParse(number.Groups["n"].Value, out var n) ? n : null;
        var rest = number.Success ? text.Remove(number.Index, number.Length) : text;
        rest = SourceWordsPattern().Replace(rest, " ").Trim(' ', '?', '.', '!', ',', ':');
        return new ParsedQuestion(original, QuestionIntent.Source, text, rest.Length > 0 ? rest : null, paragraph);
    }

    /// <summary>"Who said X" looks for X; "who dismissed X" looks for "dismissed X", since that verb is the claim.</summary>
    private static string StripWho(string text)
    {
        var match = WhoPattern().Match(text);
        if (!match.Success)
        {
            return Unquote(text.Trim(' ', '?', '.', '!', ':'));
        }

        var verb = match.Groups["verb"].Value;
        var rest = SayingVerbs.Contains(verb) ? text[match.Length..] : verb + text[match.Length..];
        return Unquote(ThatPattern().Replace(rest.Trim(), "").Trim(' ', '?', '.', '!', ':'));
    }

    private static readonly IReadOnlySet<string> SayingVerbs = WordList.Load("saying-verbs", StringComparer.OrdinalIgnoreCase, wholeLines: true);

    private static string StripQuoteRequest(string text)
    {
        var match = QuoteRequestPattern().Match(text);
        var rest = match.Success ? text[match.Length..] : text;
        return Unquote(rest.Trim(' ', '?', '.', '!', ':'));
    }

    private static string Unquote(string text) => text.Trim().Trim('"', '\'').Trim();

    private static bool IsWhollyQuoted(string text)
    {
        var folded = TextNormalizer.Fold(text).Trim();
        return folded.Length > 2 && folded[0] == '"' && folded.IndexOf('"', 1) >= folded.Length - 2;
    }

    [GeneratedRegex(@"^[/!](?<command>[a-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"^(help|\?|commands|what can you do|how do (i|you) use (this|you|the bot)|what do you do)\b[\s?!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^((show|give|list|display|read)( me)? (the )?(sources?|articles?|paragraph|para|¶)|(sources?|articles?|references?)[\s?!.]*$|(which|what) articles?\b|where (does|did|do) (this|that|it|the (quote|answer|passage)) come from|what('s| is) (the|your) source|(paragraph|para|¶)\s*\d+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"(paragraph|para|¶|#|\bp)\s*(?<n>\d{1,6})\b|\b(?<n>\d{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphNumberPattern();

    [GeneratedRegex(@"\b(show|give|list|display|read|me|the|sources?|articles?|references?|of|from|in|please|which|what|where|does|did|this|that|it|come|is|your)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceWordsPattern();

    // "Who said …", "who has dismissed …", "who was it that said …", "which person claimed …": the asker wants a
    // speaker, so up to four words may stand between "who" and the speech verb.
    [GeneratedRegex(@"^(who|which (person|one|people|expert|investor|official)|whose (words|quote|line|view) (is|are|was|were))\s+((has|have|had|is|was|it|that|once|also|actually|really|first|publicly|reportedly|ever|did|does|the|one|person|man|woman|quoted|as)\s+){0,4}(?<verb>said|says|say|saying|stated|wrote|claimed|claims|argued|argues|dismissed|dismisses|thinks|think|believes|believe|believed|told|tells|declared|remarked|insisted|insists|warned|warns|suggested|suggests|mentioned|quoted|described|called|explained|emphasized|emphasised|noted|put it|disagrees|disagreed|doubts|doubted|rejected|rejects|criticized|criticised|predicted|predicts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoPattern();

    [GeneratedRegex(@"^(that|this|the (line|words?|quote|phrase)( that)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ThatPattern();

    [GeneratedRegex(@"^((can you |could you |please )?(find|show|give|get)( me)? (the |a |that )?(quote|quotation|line|words)( (about|on|with|that (says|goes|mentions)|saying|where|like))?|(the )?(quote|quotation) (about|on|with|that (says|goes|mentions)|saying)|what was the (quote|line) (about|on|with))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteRequestPattern();
}
