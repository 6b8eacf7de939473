using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Commands;

namespace ArticleBot.CommandLine;

/// <summary><c>source [article] [paragraph]</c> and <c>articles</c>: where answers come from.</summary>
internal static class SourceCommands
{
    public static Command Source(CliContext context)
    {
        var article = new Argument<string?>("article") { Arity = ArgumentArity.ZeroOrOne, Description = "Article id (see `articles`); may be left out when there is one article." };
        var paragraph = new Argument<int?>("paragraph") { Arity = ArgumentArity.ZeroOrOne, Description = "Paragraph number, from 1." };
        var command = new Command(ChatCommands.Source.Name, ChatCommands.Source.Description + ".") { article, paragraph };
        command.SetAction((parse, _) =>
        {
            var id = parse.GetValue(article);
            var number = parse.GetValue(paragraph);
            if (number is null && int.TryParse(id, out var parsed))
            {
                (id, number) = (null, parsed);
            }

            return Task.FromResult(Answer(context, $"{id} {number}".Trim(), showHowToOpen: number is null));
        });
        return command;
    }

    public static Command Articles(CliContext context)
    {
        var command = new Command("articles", "List the articles the bot answers from.");
        command.SetAction((_, _) => Task.FromResult(Answer(context, "", showHowToOpen: true)));
        return command;
    }

    private static int Answer(CliContext context, string text, bool showHowToOpen)
    {
        using var services = context.BuildCoreServices();
        var reply = CoreAnswerer.Resolve(services).Answer(new ChatQuestion(text, QuestionIntent.Source, ChatQuestion.MaxTop));
        TerminalReplyWriter.Write(context.Output, reply);
        if (showHowToOpen && reply.Answered && reply.Results.FirstOrDefault() is { } first)
        {
            context.Output.WriteLine();
            context.Output.WriteLine($"One paragraph in full: articlebot source <id> <paragraph>, e.g. articlebot source {first.ArticleId} 2");
        }

        return reply.Answered ? 0 : 1;
    }
}
