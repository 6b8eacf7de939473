using System.Text.Json;
using ArticleBot.Testing;

namespace ArticleBot.Tests.CommandLine;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Ask_with_json_prints_exactly_the_documented_object()
    {
        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "", "ask", "Who is the founder of DeepSeek?", "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        // The shape grows only by fields added at the end ("lead", issue 13).
        Assert.Equal(["question", "answered", "intent", "results", "lead"], root.EnumerateObject().Select(property => property.Name));
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("ask", root.GetProperty("intent").GetString());
        var first = root.GetProperty("results")[0];
        Assert.Equal(["article", "title", "paragraph", "text", "snippet", "speaker", "quote", "score", "url", "role"], first.EnumerateObject().Select(property => property.Name));
        Assert.Equal(2, first.GetProperty("paragraph").GetInt32());
        Assert.Equal("https://cwpakistan.com/?p=23620", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Batch_mode_answers_a_thousand_questions_from_standard_input_one_json_line_each()
    {
        var questions = File.ReadLines(RepoPaths.DevQuestions)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();
        var input = string.Join('\n', Enumerable.Range(0, 1000).Select(i => questions[i % questions.Count]));

        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), input, "ask", "--json");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1000, lines.Length);
        Assert.All(lines, line => Assert.True(JsonDocument.Parse(line).RootElement.TryGetProperty("results", out _)));
    }

    [Fact]
    public async Task A_who_said_question_puts_the_speaker_on_its_result()
    {
        var (_, output, _) = await Cli.RunAsync(_index.Settings(), "", "ask", "Who said we never intended to be a disruptor?", "--json");

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("who", root.GetProperty("intent").GetString());
        Assert.Equal("Liang Wenfeng", root.GetProperty("results")[0].GetProperty("speaker").GetString());
        Assert.Equal(3, root.GetProperty("results")[0].GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task Quote_finds_a_quotation_by_remembered_words_and_names_its_speaker()
    {
        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "", "quote", "closed-source moats");

        Assert.Equal(0, exitCode);
        Assert.Contains("¶6", output);
        Assert.Contains("Liang Wenfeng said", output);
    }

    [Fact]
    public async Task Quote_names_the_speaker_with_their_role_and_marks_an_organisation()
    {
        var articles = Directory.CreateTempSubdirectory("articlebot-keyed-").FullName;
        try
        {
            File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", "brenhill-water.md"), Path.Combine(articles, "brenhill-water.md"));

            var (_, person, _) = await Cli.RunAsync(_index.Settings(articles), "", "quote", "the bare minimum we can ask of anyone", "--top", "1");
            var (_, statement, _) = await Cli.RunAsync(_index.Settings(articles), "", "quote", "call our free helpline seven days a week", "--top", "1");

            Assert.Contains("Leon Farrant (head of operations) said: “the bare minimum", person);
            Assert.Contains("Carrow Valley Water Agency (organisation) said: “Customers with questions", statement);
        }
        finally
        {
            Directory.Delete(articles, recursive: true);
        }
    }

    [Fact]
    public async Task Source_shows_a_paragraph_in_full_with_the_article_origin()
    {
        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "", "source", "deepseek-liang-wenfeng", "13");

        Assert.Equal(0, exitCode);
        Assert.Contains("U.S. export restrictions on high-end chips", output);
        Assert.Contains("CW Pakistan", output);
        Assert.Contains("36Kr", output);
    }

    [Fact]
    public async Task A_paragraph_that_does_not_exist_gets_a_plain_answer_and_a_failing_exit_code()
    {
        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "", "source", "deepseek-liang-wenfeng", "99");

        Assert.Equal(1, exitCode);
        Assert.Contains("paragraphs 1 to 15", output);
    }

    [Fact]
    public async Task Eval_prints_the_metrics_and_fails_below_a_floor()
    {
        var (passing, output, _) = await Cli.RunAsync(_index.Settings(), "", "eval", RepoPaths.DevQuestions, "--min-ask-hit1", "0.85");
        var (failing, _, error) = await Cli.RunAsync(_index.Settings(), "", "eval", RepoPaths.DevQuestions, "--max-wrong-abstain", "-1");

        Assert.Equal(0, passing);
        Assert.Contains("Hit@1", output);
        Assert.Contains("MRR", output);
        Assert.Equal(1, failing);
        Assert.Contains("below the floor", error);
    }

    [Fact]
    public async Task Index_reports_a_build_and_then_that_the_index_is_current()
    {
        var (_, first, _) = await Cli.RunAsync(_index.Settings(), "", "index");
        var (_, second, _) = await Cli.RunAsync(_index.Settings(), "", "index");

        Assert.Contains("Built the index: 1 articles, 15 paragraphs", first);
        Assert.Contains("The index is current", second);
    }

    [Theory]
    [InlineData("ArticleBot:Answering:MinimumCoverage", "7")]
    [InlineData("ArticleBot:Answering:MinimumCoverage", "lots")]
    [InlineData("ArticleBot:Index:ChangeDebounce", "abc")]
    public async Task A_bad_setting_stops_the_command_with_a_message_naming_the_key(string key, string value)
    {
        var settings = new Dictionary<string, string?>(_index.Settings()) { [key] = value };

        var (exitCode, _, error) = await Cli.RunAsync(settings, "", "ask", "anything");

        Assert.Equal(1, exitCode);
        Assert.Contains(key.Split(':')[^1], error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public async Task A_missing_articles_folder_is_reported_with_the_setting_to_change()
    {
        var (exitCode, _, error) = await Cli.RunAsync(_index.Settings(Path.Combine(_index.IndexPath, "nowhere")), "", "ask", "anything");

        Assert.Equal(1, exitCode);
        Assert.Contains("ArticleBot:Index:ArticlesPath", error);
    }

    [Theory]
    [InlineData("title:*")]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR NOT")]
    [InlineData("C++ ( \\\\ ")]
    [InlineData("😀🚀 ‮ \u0001\u0007")]
    public async Task Query_syntax_and_odd_characters_get_an_ordinary_reply(string question)
    {
        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(), "", "ask", question, "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.True(JsonDocument.Parse(output).RootElement.TryGetProperty("answered", out _));
    }

    [Fact]
    public async Task A_ten_thousand_character_question_gets_an_ordinary_reply()
    {
        var question = string.Join(' ', Enumerable.Repeat("deepseek funding founder", 500));

        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "", "ask", question, "--json");

        Assert.Equal(0, exitCode);
        Assert.True(JsonDocument.Parse(output).RootElement.TryGetProperty("answered", out _));
    }
}
