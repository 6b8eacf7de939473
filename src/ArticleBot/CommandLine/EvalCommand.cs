using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Evaluation;
using ArticleBot.Core.Indexing;
using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary><c>eval FILE.jsonl [--articles DIR]</c>: answer-quality figures for a question file, failing below the
/// given floors, and refusing to report figures for questions whose articles are not indexed.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Questions in the format of dev-questions.jsonl." };
        var articles = new Option<DirectoryInfo?>("--articles") { Description = "Index this articles folder (in a temporary index) and evaluate on it instead of the configured articles." };
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

        var command = new Command("eval", "Measure answer quality on a question file.") { file, articles, askHit1, askHit3, askMrr, quoteHit1, quoteSpeaker, who, none, wrong, json, verbose };
        command.SetAction((parse, _) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                context.Error.WriteLine($"No such question file: {path.FullName}");
                return Task.FromResult(2);
            }

            var folder = parse.GetValue(articles);
            if (folder is { Exists: false })
            {
                context.Error.WriteLine($"No such articles folder: {folder.FullName}");
                return Task.FromResult(2);
            }

            var questions = EvalQuestion.ReadFile(path.FullName);
            using var scratch = folder is null ? null : new ScratchIndex(folder);
            using var services = (scratch is null ? context : context with { Settings = scratch.Apply(context.Settings) }).BuildCoreServices();
            var answerer = CoreAnswerer.Resolve(services);
            var indexed = IndexedArticles(services);

            // Figures for questions about articles that are not there are all zero and look like a broken ranker;
            // say what is missing instead.
            var missing = questions.Select(question => question.Expect?.Article).OfType<string>()
                .Where(id => !indexed.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                context.Error.WriteLine(
                    $"The questions are about {Plural(missing.Count, "article")} that {(missing.Count == 1 ? "is" : "are")} not indexed: {Shorten(missing)} " +
                    $"(indexed: {Shorten([.. indexed.Order(StringComparer.Ordinal)])}). Give their folder with --articles DIR.");
                return Task.FromResult(2);
            }

            var report = Evaluator.Run(answerer, questions);
            context.Output.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText());
            if (parse.GetValue(verbose))
            {
                foreach (var miss in report.Misses)
                {
                    context.Output.WriteLine(miss);
                }
            }

            if (NothingRight(report))
            {
                // Question files that do not name their article (the harbor-bridge sets) cannot be checked up front;
                // not one answerable question right is the same sign after the fact.
                context.Error.WriteLine(
                    $"Not one of the {report.AnswerableCount} answerable questions was answered from its expected paragraph: are these questions about " +
                    $"the indexed {Plural(indexed.Count, "article")} ({Shorten([.. indexed.Order(StringComparer.Ordinal)])})? Give their folder with --articles DIR.");
                return Task.FromResult(1);
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

    private static HashSet<string> IndexedArticles(IServiceProvider services)
    {
        using var lease = services.GetRequiredService<ArticleIndex>().Acquire();
        return [.. lease.Generation.Articles.Keys];
    }

    private static bool NothingRight(EvalReport report) =>
        report.AnswerableCount > 0 && report.AskHitAt3 == 0 && report.QuoteHitAt1 == 0 && report.QuoteSpeakerAccuracy == 0 && report.WhoAccuracy == 0;

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Shorten(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "none" : ids.Count <= 8 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(8))} and {ids.Count - 8} more";
}
