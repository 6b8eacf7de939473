using System.CommandLine;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;
using ArticleBot.Core.Evaluation;
using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary>
/// <c>fit FILE.jsonl…</c>: fits the ranker's weights and the decide stage's thresholds (the meaning cosines and the
/// coverage floors) to question files over the indexed articles, cross-validated by article, and writes them where the
/// answerer reads them. Fits the set in
/// use: the hybrid one with the embedding model, the lexical one with <c>ArticleBot:Semantic:Enabled=false</c>.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Question files in the format of dev-questions.jsonl, each as FILE or FILE=ARTICLE-ID: the article its questions are about when they do not say (a pooled index has several). The folds group questions by article.",
            Arity = ArgumentArity.OneOrMore,
        };
        var folds = new Option<int>("--folds") { Description = "Folds of articles for the cross-validation.", DefaultValueFactory = _ => 7 };
        var write = new Option<FileInfo?>("--write") { Description = "Write the weights file here (the repository's is src/ArticleBot.Core/Answering/Ranking/ranker-weights.json)." };

        var keep = new Option<string[]>("--keep")
        {
            Description = "A question set whose floor stays: no weights are chosen that answer fewer of its questions right, or decline fewer of its unanswerable ones, than the current weights. Not fitted on. FILE[=ARTICLE-ID][@ARTICLES][#FLOORS]: asked of the articles in ARTICLES (a folder, or article files joined by +) in an index of their own, else of the configured index; FLOORS, the minimums its quality tests hold it to, held even where the current weights fall below them: hit1=, hit3=, mrr=, none= (share of unanswerable declined) and declined= (most of the answerable declined), joined by commas; without #FLOORS, the set's entry in the floors.json beside FILE, if any. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var dump = new Option<FileInfo?>("--candidates") { Description = "Also write every question's candidates and their features here, as JSON lines." };
        var from = new Option<string?>("--from")
        {
            Description = "The weights the search starts from, and whose figures on the kept sets are their floors: lexical or hybrid (default: the set being fitted). `--from lexical` with the model on asks what the model adds without giving up anything the words alone answer.",
        };
        from.AcceptOnlyFromAmong("lexical", "hybrid");
        var reuse = new Option<FileInfo?>("--reuse")
        {
            Description = "Fit on the candidates an earlier run with the same files and --keep sets wrote with --candidates, instead of asking every question again.",
        };

        var command = new Command("fit", "Fit the ranker's weights to question files, cross-validated by article.") { files, folds, write, keep, dump, from, reuse };
        command.SetAction((parse, _) =>
        {
            var sources = parse.GetValue(files)!.Select(QuestionSource.Parse).ToList();
            List<QuestionSource> kept;
            try
            {
                kept = (parse.GetValue(keep) ?? []).Select(QuestionSource.Parse).ToList();
            }
            catch (FormatException exception)
            {
                context.Error.WriteLine($"A --keep set's floors after # do not read: {exception.Message}");
                return Task.FromResult(2);
            }

            if (kept.FirstOrDefault(source => source.Where is { } where && !Directory.Exists(where) && where.Split('+').Any(file => !System.IO.File.Exists(file))) is { } nowhere)
            {
                context.Error.WriteLine($"No such articles folder or files: {nowhere.Where}");
                return Task.FromResult(2);
            }

            if (sources.Concat(kept).FirstOrDefault(source => !source.File.Exists) is { } missing)
            {
                context.Error.WriteLine($"No such question file: {missing.File.FullName}");
                return Task.FromResult(2);
            }

            using var services = context.BuildCoreServices();
            CoreAnswerer.Resolve(services);
            var answerer = services.GetRequiredService<QuestionAnswerer>();
            RankerFitData data;
            RankerFitData? keptData;
            if (parse.GetValue(reuse) is { } reused)
            {
                if (!reused.Exists)
                {
                    context.Error.WriteLine($"No such candidates file: {reused.FullName}");
                    return Task.FromResult(2);
                }

                try
                {
                    using var reader = reused.OpenText();
                    var (fitted, keptRead) = RankerFitDataFile.Read(reader);
                    (data, keptData) = (fitted, keptRead.Questions == 0 ? null : keptRead);
                }
                catch (Exception exception) when (exception is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
                {
                    context.Error.WriteLine($"The candidates file {reused.FullName} is not one `fit --candidates` wrote ({exception.Message}).");
                    return Task.FromResult(2);
                }
            }
            else
            {
                (data, keptData) = Collect(context, answerer, sources, kept);
            }

            // Written before the fit, which takes a while: the candidates are what can be studied outside it.
            if (parse.GetValue(dump) is { } dumpFile)
            {
                using var writer = new StreamWriter(dumpFile.FullName);
                data.WriteJsonLines(writer);
                keptData?.WriteJsonLines(writer, kept: true);
                context.Output.WriteLine($"Wrote the candidates of {data.Questions + (keptData?.Questions ?? 0)} questions to {dumpFile.FullName}");
            }

            var current = answerer.WeightsFile;
            var fromHybrid = (parse.GetValue(from) ?? (answerer.UsesSemanticRanking ? "hybrid" : "lexical")) == "hybrid";
            var start = fromHybrid ? current.Hybrid : current.Lexical;
            // A kept set's minimums: those given after #, else its quality tests' from the floors.json beside it.
            var given = kept
                .Select(source => (source.File.Name, Floors: source.Floors ?? FloorsFile.Beside(source.File)?.For(answerer.UsesSemanticRanking), Source: source))
                .Where(source => source.Floors is not null)
                .ToList();
            var minimums = given.ToDictionary(
                source => source.Name,
                source => KeptFloors.OverReplayed(source.Floors!, source.Source.Questions().Count(pair => pair.Question.Expect is not null), keptData?.Answerable(source.Name) ?? 0),
                StringComparer.Ordinal);
            var result = RankerFitter.Fit(data, start, parse.GetValue(folds), keptData, minimums, current.DeclinesFor(fromHybrid));

            var set = answerer.UsesSemanticRanking ? "hybrid" : "lexical";
            context.Output.WriteLine($"{data.Questions} questions, {result.Groups} groups, {result.Folds} folds; fitting the {set} weights");
            context.Output.WriteLine($"  cross-validated, fitted weights:  {result.CrossValidated}");
            context.Output.WriteLine($"  cross-validated, current weights: {result.CrossValidatedStart}");
            context.Output.WriteLine($"  in-sample, fitted weights:        {result.Fitted}");
            if (result.Kept is { } keptFigures)
            {
                context.Output.WriteLine($"  kept sets, fitted weights:        {keptFigures}");
                context.Output.WriteLine($"  kept sets, current weights:       {result.KeptStart}");
                foreach (var keptSet in result.KeptBySet)
                {
                    var held = given.FirstOrDefault(source => source.Name == keptSet.Set).Floors is { } floors ? $" (held at #{KeptFloors.Format(floors)})" : "";
                    context.Output.WriteLine($"    {keptSet.Set}: fitted {keptSet.Fitted}; current {keptSet.Start}; short of its floors by {keptSet.Shortfall:0.##} questions{held}");
                }
            }

            if (result.Bm25 is { } bm25)
            {
                context.Output.WriteLine($"  cross-validated, BM25 alone:      {bm25}");
                if (result.Fusion is { } fusion)
                {
                    context.Output.WriteLine($"  cross-validated, min-max fusion:  {fusion} (w by fold: {string.Join(' ', result.FusionWeights.Select(w => w.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))})");
                }

                context.Output.WriteLine("  held out, answerable questions by kind (ask Hit@1):");
                foreach (var row in result.Breakdown)
                {
                    context.Output.WriteLine($"    {row}");
                }
            }

            if (result.DeclineCurve.Count > 0)
            {
                context.Output.WriteLine("  held out, also declining answers whose cosine to the question is low:");
                context.Output.WriteLine($"    {string.Join("\n    ", result.DeclineCurve)}");
            }

            context.Output.WriteLine($"  weights: {result.Weights}");
            WriteDeclines(context.Output, result.Coverage);
            context.Output.WriteLine($"  declines: {result.Declines}");

            if (parse.GetValue(write) is { } target)
            {
                var summary = new RankerFitSummary(
                    CommandLine(parse.GetValue(files)!, parse.GetValue(keep) ?? [], parse.GetValue(folds), parse.GetValue(from)),
                    data.Questions, result.Groups, result.Folds, result.CrossValidated.HitAt1, result.CrossValidated.Mrr, result.Fitted.HitAt1);
                var declines = current.Declines ?? new DeclineSets(current.DeclinesFor(semantic: false), current.DeclinesFor(semantic: true));
                var file = answerer.UsesSemanticRanking
                    ? current with { Hybrid = result.Weights, Declines = declines with { Hybrid = result.Declines }, Fit = summary }
                    : current with { Lexical = result.Weights, Declines = declines with { Lexical = result.Declines }, Fit = summary };
                File.WriteAllText(target.FullName, file.ToJson() + Environment.NewLine);
                context.Output.WriteLine($"Wrote {target.FullName}");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The coverage floors beside what they decline held out, and which were kept.</summary>
    private static void WriteDeclines(TextWriter output, CoverageFit coverage)
    {
        static string Declined(FitFigures figures) => FormattableString.Invariant(
            $"answerable declined {figures.AnswerableDeclined:P1} of {figures.Answerable}, unanswerable declined {figures.UnanswerableDeclined:P1} of {figures.Unanswerable} (Hit@1 {figures.HitAt1:F3})");
        output.WriteLine("  coverage floors fitted by fold (most unanswerable declined with answerable declined at most 2% on the other folds):");
        for (var fold = 0; fold < coverage.ByFold.Count; fold++)
        {
            output.WriteLine(FormattableString.Invariant($"    fold {fold}: coverage {coverage.ByFold[fold].MinimumCoverage:0.###}, single word {coverage.ByFold[fold].SingleWordCoverage:0.###}"));
        }

        output.WriteLine(FormattableString.Invariant($"    on all questions: coverage {coverage.OnAll.MinimumCoverage:0.###}, single word {coverage.OnAll.SingleWordCoverage:0.###}"));
        output.WriteLine($"  held out, fitted coverage floors: {Declined(coverage.CrossValidated)}");
        output.WriteLine($"  held out, coverage floors in use: {Declined(coverage.CrossValidatedInUse)}");
        output.WriteLine(coverage.Replaced
            ? "  kept the fitted coverage floors: they do better held out"
            : "  kept the coverage floors in use: the fitted ones do no better held out");
    }

    private static (RankerFitData Data, RankerFitData? Kept) Collect(CliContext context, QuestionAnswerer answerer, IReadOnlyList<QuestionSource> sources, IReadOnlyList<QuestionSource> kept)
    {
        var questions = sources.SelectMany(source => source.Questions());
        var data = RankerFitter.Collect(answerer, questions);
        // Each kept file is a floor of its own, asked of the articles its floor is measured on.
        var keptParts = new List<RankerFitData>();
        foreach (var where in kept.GroupBy(source => source.Where))
        {
            using var scratch = ScratchFor(where.Key);
            using var keptServices = scratch is null ? null : (context with { Settings = scratch.Apply(context.Settings) }).BuildCoreServices();
            var keptAnswerer = answerer;
            if (keptServices is not null)
            {
                CoreAnswerer.Resolve(keptServices);
                keptAnswerer = keptServices.GetRequiredService<QuestionAnswerer>();
            }

            keptParts.Add(RankerFitter.Collect(keptAnswerer, where.SelectMany(source => source.Questions().Select(pair => (source.File.Name, pair.Question)))));
        }

        return (data, keptParts.Count == 0 ? null : RankerFitData.Concat(keptParts));
    }

    /// <summary>The command that reproduces the fit, with the files named relative to the repository where they are in it.</summary>
    private static string CommandLine(IEnumerable<string> files, IEnumerable<string> kept, int folds, string? from)
    {
        var root = ContentRoot.Find();
        string Path1(string path) => Path.IsPathRooted(path) && Path.GetRelativePath(root, path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;
        string Paths(string paths, char separator) => string.Join(separator, paths.Split(separator).Select(Path1));
        // FILE[=ARTICLE][@ARTICLES], ARTICLES a folder or files joined by +: each path named from the repository.
        string Name(string argument) => argument.LastIndexOf('@') is var at and > 0
            ? $"{Paths(argument[..at], '=')}@{Paths(argument[(at + 1)..], '+')}"
            : Paths(argument, '=');
        var keeps = kept.Select(argument => "--keep " + Name(argument));
        return $"articlebot fit {string.Join(' ', files.Select(Name))} {string.Join(' ', keeps)} --folds {folds}{(from is null ? "" : $" --from {from}")}".Replace("  ", " ", StringComparison.Ordinal);
    }

    private static ScratchIndex? ScratchFor(string? where) =>
        where is null ? null
        : Directory.Exists(where) ? new ScratchIndex(new DirectoryInfo(where))
        : new ScratchIndex(where.Split('+').Select(file => new FileInfo(file)));

    /// <summary>A question file, the article its questions are about when they do not name one, and the articles
    /// (a folder, or files joined by +) they are asked of when not the configured index.</summary>
    private sealed record QuestionSource(FileInfo File, string? Article, string? Where)
    {
        /// <summary>The minimums given after #, for a kept set.</summary>
        public EvalFloors? Floors { get; init; }

        public static QuestionSource Parse(string argument)
        {
            var (sourceText, floors) = argument.LastIndexOf('#') is var hash and > 0 ? (argument[..hash], KeptFloors.Parse(argument[(hash + 1)..])) : (argument, null);
            var (rest, where) = sourceText.LastIndexOf('@') is var at and > 0 ? (sourceText[..at], sourceText[(at + 1)..]) : (sourceText, null);
            return (rest.LastIndexOf('=') is var equals and > 0
                ? new QuestionSource(new FileInfo(rest[..equals]), rest[(equals + 1)..], where)
                : new QuestionSource(new FileInfo(rest), null, where)) with { Floors = floors };
        }

        public IEnumerable<(string Group, EvalQuestion Question)> Questions() =>
            EvalQuestion.ReadFile(File.FullName).Select(question =>
            {
                var article = question.Expect?.Article ?? Article;
                var expect = question.Expect is { } given && article is not null ? given with { Article = article } : question.Expect;
                return (article ?? Path.GetFileNameWithoutExtension(File.Name), question with { Expect = expect });
            });
    }
}
