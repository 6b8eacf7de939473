using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;

namespace ArticleBot.CommandLine;

/// <summary><c>chat</c>: a conversation on standard input, one question a line, where each question may refer to the
/// one before ("what else did he say?", "tell me more", "and Microsoft?").</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var top = new Option<int>("--top") { Description = "How many passages to show.", DefaultValueFactory = _ => ChatQuestion.DefaultTop };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ChatQuestion.MaxTop)
            {
                result.AddError($"--top must be between 1 and {ChatQuestion.MaxTop}.");
            }
        });
        var echo = new Option<bool>("--echo") { Description = "Print each question before its answer (for transcripts of piped input)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question." };

        var command = new Command("chat", "Talk with the bot: questions one a line on standard input; follow-ups refer to the question before.") { top, echo, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var count = parse.GetValue(top);
            var asJson = parse.GetValue(json);
            var echoing = parse.GetValue(echo);
            using var services = context.BuildCoreServices();
            var answerer = CoreAnswerer.Resolve(services);
            var interactive = ReferenceEquals(context.Input, Console.In) && !Console.IsInputRedirected;
            ConversationState? previous = null;
            var first = true;
            while (!cancellationToken.IsCancellationRequested)
            {
                if (interactive)
                {
                    context.Output.Write("> ");
                    context.Output.Flush();
                }

                if (context.Input.ReadLine() is not { } line)
                {
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var reply = answerer.Answer(new ChatQuestion(line, Top: count) { InConversation = true, Previous = previous });
                previous = reply.Conversation ?? previous;
                if (asJson)
                {
                    context.Output.WriteLine(ReplyDocument.From(reply).ToJson());
                }
                else
                {
                    if (!first)
                    {
                        context.Output.WriteLine();
                    }

                    if (echoing)
                    {
                        context.Output.WriteLine($"> {line.Trim()}");
                    }

                    TerminalReplyWriter.Write(context.Output, reply, moreHint: "(more with \"tell me more\")");
                }

                context.Output.Flush();
                first = false;
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
