using ArticleBot.Testing;

namespace ArticleBot.Tests.CommandLine;

/// <summary><c>eval</c> on questions about articles that are not indexed, and <c>eval --articles DIR</c>.</summary>
public sealed class EvalArticlesTests : IDisposable
{
    private static readonly string BridgeQuestions = RepoPaths.InRepo("tests", "eval", "harbor-bridge-questions.jsonl");
    private readonly TempIndex _index = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("articlebot-eval-test-").FullName;

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public async Task Questions_naming_an_article_that_is_not_indexed_are_refused_naming_it_with_a_failing_exit_code()
    {
        var questions = Path.Combine(_scratch, "questions.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"id":"q1","kind":"ask","question":"Which NFL team represented the AFC at Super Bowl 50?","expect":{"paragraphs":[1],"article":"super-bowl-50"}}""",
            """{"id":"q2","kind":"ask","question":"Who is the founder of DeepSeek?","expect":{"paragraphs":[2],"article":"deepseek-liang-wenfeng"}}""",
        ]);

        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(), "", "eval", questions);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("super-bowl-50", error);
        Assert.DoesNotContain("not indexed: deepseek", error);
        Assert.Contains("--articles", error);
        Assert.DoesNotContain("Hit@1", output);
    }

    [Fact]
    public async Task Questions_without_article_ids_that_all_miss_say_the_articles_may_be_missing_and_fail()
    {
        var (exitCode, _, error) = await Cli.RunAsync(_index.Settings(), "", "eval", BridgeQuestions);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("deepseek-liang-wenfeng", error);
        Assert.Contains("--articles", error);
    }

    [Fact]
    public async Task Eval_with_articles_indexes_that_folder_in_a_temporary_index_and_leaves_the_configured_one_alone()
    {
        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(), "", "eval", BridgeQuestions, "--articles", RepoPaths.InRepo("tests", "fixtures", "articles"), "--min-ask-hit1", "0.8");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Hit@1", output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_index.IndexPath));
    }

    [Fact]
    public async Task Eval_with_a_missing_articles_folder_names_it()
    {
        var (exitCode, _, error) = await Cli.RunAsync(_index.Settings(), "", "eval", BridgeQuestions, "--articles", Path.Combine(_scratch, "nowhere"));

        Assert.Equal(2, exitCode);
        Assert.Contains("nowhere", error);
    }

    [Fact]
    public async Task Articles_and_source_show_the_id_that_source_with_a_paragraph_number_takes()
    {
        var (_, articles, _) = await Cli.RunAsync(_index.Settings(), "", "articles");
        var (_, source, _) = await Cli.RunAsync(_index.Settings(), "", "source");
        var (_, one, _) = await Cli.RunAsync(_index.Settings(), "", "source", "deepseek-liang-wenfeng");

        Assert.Contains("[deepseek-liang-wenfeng]", articles);
        Assert.Contains("articlebot source deepseek-liang-wenfeng 2", articles);
        Assert.Contains("[deepseek-liang-wenfeng]", source);
        Assert.Contains("[deepseek-liang-wenfeng]", one);
    }
}
