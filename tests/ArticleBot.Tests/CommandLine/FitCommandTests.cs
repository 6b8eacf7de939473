using ArticleBot.Core.Answering.Ranking;
using ArticleBot.Testing;

namespace ArticleBot.Tests.CommandLine;

/// <summary><c>articlebot fit</c> end to end: it fits the weights in use on question files over the configured
/// articles, holds the floors of kept sets asked of their own articles, and writes a file the answerer reads.</summary>
public sealed class FitCommandTests : IDisposable
{
    private readonly TempIndex _index = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"articlebot-fit-{Guid.NewGuid():N}.json");

    private static string Questions(string name) => RepoPaths.InRepo("tests", "eval", name);

    [Fact]
    public async Task Fit_prints_cross_validated_figures_and_writes_weights_the_answerer_reads()
    {
        var (exitCode, output, error) = await Cli.RunAsync(
            _index.Settings(), "", "fit", Questions("dev-questions.jsonl"), Questions("paraphrased-questions.jsonl"),
            "--keep", $"{Questions("harbor-bridge-questions.jsonl")}@{RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md")}",
            "--folds", "2", "--write", _output);

        Assert.True(exitCode == 0, error);
        Assert.Contains("cross-validated, fitted weights:", output);
        Assert.Contains("kept sets, fitted weights:", output);
        Assert.Contains("cross-validated, BM25 alone:", output);
        Assert.Contains("held out, answerable questions by kind", output);
        Assert.Contains("fitting the lexical weights", output);
        Assert.Contains("coverage floors fitted by fold", output);
        Assert.Contains("held out, coverage floors in use:", output);
        var written = RankerWeightsFile.Read(_output);
        Assert.NotNull(written.Fit);
        Assert.NotNull(written.Declines);
        Assert.Contains("--keep tests/eval/harbor-bridge-questions.jsonl@tests/fixtures/articles/harbor-bridge.md", written.Fit.Command);

        // The answerer reads what fit wrote.
        var settings = new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Answering:RankerWeightsPath"] = _output };
        var (askExit, answer, _) = await Cli.RunAsync(settings, "", "ask", "Who is the founder of DeepSeek?");
        Assert.Equal(0, askExit);
        Assert.Contains("Liang Wenfeng", answer);
    }

    [Fact]
    public async Task A_fit_from_the_candidates_an_earlier_fit_wrote_writes_the_same_weights()
    {
        var candidates = _output + ".candidates.jsonl";
        var reused = _output + ".reused.json";
        try
        {
            string[] arguments = ["fit", Questions("dev-questions.jsonl"), "--keep", $"{Questions("harbor-bridge-questions.jsonl")}@{RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md")}", "--folds", "2"];
            var (firstExit, _, firstError) = await Cli.RunAsync(_index.Settings(), "", [.. arguments, "--candidates", candidates, "--write", _output]);
            var (secondExit, _, secondError) = await Cli.RunAsync(_index.Settings(), "", [.. arguments, "--reuse", candidates, "--write", reused]);

            Assert.True(firstExit == 0, firstError);
            Assert.True(secondExit == 0, secondError);
            Assert.Contains(File.ReadLines(candidates), line => line.Contains("\"kept\":true", StringComparison.Ordinal));
            Assert.Equal(RankerWeightsFile.Read(_output).Lexical, RankerWeightsFile.Read(reused).Lexical);
            Assert.Equal(RankerWeightsFile.Read(_output).Fit, RankerWeightsFile.Read(reused).Fit);
            Assert.Equal(RankerWeightsFile.Read(_output).Declines, RankerWeightsFile.Read(reused).Declines);
        }
        finally
        {
            File.Delete(candidates);
            File.Delete(reused);
        }
    }

    [Fact]
    public async Task A_kept_set_is_held_at_its_floors_in_floors_json_unless_its_own_are_given_after_a_hash()
    {
        // A copy of the dev set in a folder with no floors.json: held only at what the current weights answer.
        var elsewhere = Directory.CreateTempSubdirectory("articlebot-fit-kept-").FullName;
        try
        {
            var copy = Path.Combine(elsewhere, "dev-questions.jsonl");
            File.Copy(Questions("dev-questions.jsonl"), copy);

            var (exitCode, output, error) = await Cli.RunAsync(
                _index.Settings(), "", "fit", Questions("dev-questions.jsonl"),
                "--keep", $"{Questions("harbor-bridge-questions.jsonl")}@{RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md")}",
                "--keep", $"{Questions("blind-questions.jsonl")}#hit1=0.5",
                "--keep", copy,
                "--folds", "2");

            Assert.True(exitCode == 0, error);
            var lines = output.Split('\n');
            // Words alone (the lexical set is fitted here): the floors that hold in every setting.
            Assert.Contains("(held at #hit1=0.92,hit3=0.98,mrr=0.95,declined=0.02)", lines.Single(line => line.TrimStart().StartsWith("harbor-bridge-questions.jsonl:", StringComparison.Ordinal)));
            Assert.EndsWith("(held at #hit1=0.5)", lines.Single(line => line.TrimStart().StartsWith("blind-questions.jsonl:", StringComparison.Ordinal)).TrimEnd());
            Assert.DoesNotContain("held at", lines.Single(line => line.TrimStart().StartsWith("dev-questions.jsonl:", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task A_candidates_file_that_is_not_one_is_refused_with_a_message()
    {
        File.WriteAllText(_output, "{ not json");

        var (exitCode, _, error) = await Cli.RunAsync(_index.Settings(), "", "fit", Questions("dev-questions.jsonl"), "--reuse", _output);

        Assert.Equal(2, exitCode);
        Assert.Contains("fit --candidates", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_kept_set_whose_articles_are_missing_is_refused_with_a_message()
    {
        var (exitCode, _, error) = await Cli.RunAsync(
            _index.Settings(), "", "fit", Questions("dev-questions.jsonl"), "--keep", $"{Questions("blind-questions.jsonl")}@/no/such/articles");

        Assert.Equal(2, exitCode);
        Assert.Contains("/no/such/articles", error);
    }

    [Fact]
    public async Task A_weights_file_that_cannot_be_read_is_a_clear_error_not_a_stack_trace()
    {
        File.WriteAllText(_output, "{ not json");
        var settings = new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Answering:RankerWeightsPath"] = _output };

        var (exitCode, output, error) = await Cli.RunAsync(settings, "", "ask", "Who is the founder of DeepSeek?");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("articlebot fit", error + output);
        Assert.DoesNotContain("   at ", error);
    }

    public void Dispose()
    {
        _index.Dispose();
        File.Delete(_output);
    }
}
