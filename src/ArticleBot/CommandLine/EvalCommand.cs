using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Evaluation;

namespace ArticleBot.CommandLine;

/// <summary><c>eval FILE.jsonl</c>: answer-quality figures for a question file, failing below the given floors.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Questions in the format of dev-questions.jsonl." };
        var askHit1 = Floor("--min-ask-hit1", "Minimum ask Hit@1.");
        var askHit3 = Floor("--min-ask-hit3", "Minimum ask Hit@3.");
        var askMrr = Floor("--min-ask-mrr", "Minimum ask MRR.");
        var quoteHit1 = Floor("--min-quote-hit1", "Minimum quote Hit@1.");
        var quoteSpeaker = Floor("--min-quote-speaker", "Minimum quote speaker accuracy.");
        var who = Floor("--min-who", "Minimum who-said accuracy.");
        var none = Floor("--min-abstain", "Minimum share of out-of-scope questions abstained on.");
        var wrong = Floor("--max-wrong-abstain", "Maximum share of answerable questions abstained on.");
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var verbose = new Option<bool>("--misses") { Description = "List each question answered wrongly." };

        var command = new Command("eval", "Measure answer quality on a question file.") { file, askHit1, askHit3, askMrr, quoteHit1, quoteSpeaker, who, none, wrong, json, verbose };
        command.SetAction((parse, _) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                context.Error.WriteLine($"No such question file: {path.FullName}");
                return Task.FromResult(2);
            }

            using var services = context.BuildCoreServices();
            var report = Evaluator.Run(CoreAnswerer.Resolve(services), EvalQuestion.ReadFile(path.FullName));
            context.Output.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText());
            if (parse.GetValue(verbose))
            {
                foreach (var miss in report.Misses)
                {
                    context.Output.WriteLine(miss);
                }
            }

            var floors = new EvalFloors(
                parse.GetValue(askHit1), parse.GetValue(askHit3), parse.GetValue(askMrr), parse.GetValue(quoteHit1),
                parse.GetValue(quoteSpeaker), parse.GetValue(who), parse.GetValue(none), parse.GetValue(wrong));
            var shortfalls = report.Shortfalls(floors);
            foreach (var shortfall in shortfalls)
            {
                context.Error.WriteLine($"below the floor: {shortfall}");
            }

            return Task.FromResult(shortfalls.Count == 0 ? 0 : 1);
        });
        return command;
    }

    private static Option<double?> Floor(string name, string description) => new(name) { Description = description };
}
