using System.Text.Json;
using ArticleBot.Testing;
using ArticleBot.Tests.CommandLine;
using Xunit.Abstractions;

namespace ArticleBot.Tests.Hostile;

public sealed class HostileInputCliTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Every_hostile_input_gets_one_json_reply_from_ask_and_quote()
    {
        var inputs = HostileInputs.Texts;
        // Standard input is read a line at a time, so inputs that span lines go in as arguments, one run each.
        var oneLine = inputs.Where(input => input.Value.IndexOfAny(['\n', '\r']) < 0).ToList();
        var multiLine = inputs.Except(oneLine).ToList();
        var replies = 0;

        foreach (var command in new[] { "ask", "quote" })
        {
            var (exitCode, stdout, stderr) = await Cli.RunAsync(_index.Settings(), string.Join('\n', oneLine.Select(input => input.Value)) + "\n", command, "--json");

            Assert.Equal(0, exitCode);
            Assert.Equal("", stderr);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(oneLine.Count, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                using var json = JsonDocument.Parse(lines[i]);
                Assert.True(json.RootElement.TryGetProperty("answered", out _), $"No reply object for {oneLine[i]}");
                HostileAssert.NoStackTrace(lines[i], oneLine[i]);
            }

            replies += lines.Length;
            foreach (var input in multiLine)
            {
                var (code, text, error) = await Cli.RunAsync(_index.Settings(), "", command, input.Value, "--json");
                Assert.Equal(0, code);
                Assert.Equal("", error);
                using var json = JsonDocument.Parse(text);
                replies++;
            }
        }

        TestReport.Line(output, $"cli: {inputs.Count} hostile inputs through ask --json and quote --json = {replies} replies, 0 failures");
        Assert.Equal(inputs.Count * 2, replies);
    }

    [Fact]
    public async Task The_terminal_reply_to_a_hostile_input_carries_no_terminal_escape_and_no_stack_trace()
    {
        // One input of each category through the plain-text writer (each run builds its own host, so not all of them).
        var sample = HostileInputs.Texts.GroupBy(input => input.Category).Select(group => group.Last()).ToList();

        foreach (var input in sample)
        {
            var (exitCode, stdout, stderr) = await Cli.RunAsync(_index.Settings(), "", "ask", input.Value);

            Assert.Equal(0, exitCode);
            Assert.DoesNotContain('\u001b', stdout);
            Assert.DoesNotContain('\u0000', stdout);
            HostileAssert.NoStackTrace(stdout + stderr, input);
        }

        TestReport.Line(output, $"cli: {sample.Count} hostile inputs (one per category) through the terminal writer");
    }
}
