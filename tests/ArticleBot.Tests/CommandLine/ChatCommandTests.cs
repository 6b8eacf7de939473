namespace ArticleBot.Tests.CommandLine;

public sealed class ChatCommandTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task A_conversation_on_standard_input_resolves_each_follow_up_against_the_question_before()
    {
        var input = "Who said more investment doesn't necessarily result in more innovation?\nwhat else did he say?\n\ntell me more\n";

        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(), input, "chat", "--top", "1", "--echo");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var turns = ("\n" + output.ReplaceLineEndings("\n")).Split("\n> ", StringSplitOptions.RemoveEmptyEntries).Where(turn => turn.Trim().Length > 0).ToArray();
        Assert.Equal(3, turns.Length);
        Assert.Contains("Liang Wenfeng said it: “More investment", turns[0]);
        Assert.Contains("Liang Wenfeng also said: “", turns[1]);
        Assert.Contains("Liang Wenfeng also said: “", turns[2]);
        // Each turn shows another quotation: the lead of one is not the lead of the next.
        var leads = turns.Select(turn => turn.Split('\n')[1]).ToList();
        Assert.Equal(3, leads.Distinct().Count());
    }

    [Fact]
    public async Task A_follow_up_that_refers_to_nobody_asks_for_the_name()
    {
        var (exitCode, output, _) = await Cli.RunAsync(_index.Settings(), "who is she?\n", "chat");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("I'm not sure who you mean. Ask again with their name, for example \"What else did ", output);
    }
}
