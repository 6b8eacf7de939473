using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Commands;

namespace ArticleBot.CommandLine;

/// <summary><c>ask</c> and <c>quote</c>: one question from the argument, or (with --json and no argument) one per
/// line of standard input, answered from one opened index.</summary>
internal static class QuestionCommands
{
    /// <summary>Most questions of standard input encoded in one batch.</summary>
    private const int StandardInputBatch = 32;

    // ask leaves the intent to the wording, as chat does without a command ("who said …" is a who question).
    public static Command Ask(CliContext context) => Create(context, ChatCommands.Ask, null);

    public static Command Quote(CliContext context) => Create(context, ChatCommands.Quote, QuestionIntent.Quote);

    private static Command Create(CliContext context, Core.Commands.ChatCommand definition, QuestionIntent? intent)
    {
        var (name, description) = (definition.Name, definition.Description + ".");
        var question = new Argument<string?>(intent is null ? "question" : "words")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The question; with --json and none given, questions are read from standard input, one per line.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question." };
        var top = new Option<int>("--top") { Description = "How many passages to show.", DefaultValueFactory = _ => ChatQuestion.DefaultTop };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ChatQuestion.MaxTop)
            {
                result.AddError($"--top must be between 1 and {ChatQuestion.MaxTop}.");
            }
        });

        var command = new Command(name, description) { question, json, top };
        command.SetAction((parse, _) =>
        {
            var text = parse.GetValue(question);
            var asJson = parse.GetValue(json);
            var count = parse.GetValue(top);
            if (text is null && !asJson)
            {
                context.Error.WriteLine($"Give a question, for example: articlebot {name} \"Who founded the company?\" (or use --json to read questions from standard input).");
                return Task.FromResult(2);
            }

            using var services = context.BuildCoreServices();
            var answerer = CoreAnswerer.Resolve(services);
            IEnumerable<IReadOnlyList<string>> batches = text is not null ? [[text]] : LineBatches.Read(context.Input, StandardInputBatch);
            foreach (var batch in batches)
            {
                IReadOnlyList<ChatQuestion> asked = [.. batch.Select(line => new ChatQuestion(line, intent, count))];
                // The questions of a batch are encoded by the model together (and parsed once); each is then answered alone.
                asked = services.GetService<QuestionAnswerer>()?.Prepare(asked) ?? asked;
                foreach (var one in asked)
                {
                    var reply = answerer.Answer(one);
                    if (asJson)
                    {
                        context.Output.WriteLine(ReplyDocument.From(reply).ToJson());
                    }
                    else
                    {
                        TerminalReplyWriter.Write(context.Output, reply);
                    }
                }
            }

            context.Output.Flush();
            return Task.FromResult(0);
        });
        return command;
    }
}
