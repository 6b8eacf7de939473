using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Hostile;

public sealed class HostileInputCoreTests(ITestOutputHelper output)
{
    private static readonly QuestionIntent?[] Intents = [null, QuestionIntent.Ask, QuestionIntent.Quote, QuestionIntent.Who, QuestionIntent.Source, QuestionIntent.Help];

    [Fact]
    public void Every_hostile_input_gets_an_ordinary_reply_from_the_core_for_every_intent()
    {
        var answerer = SeedAnswerer.Hybrid;
        var inputs = HostileInputs.Texts;
        var answered = 0;
        var declined = 0;

        foreach (var input in inputs)
        {
            foreach (var intent in Intents)
            {
                var question = new ChatQuestion(input.Value, intent) { Origin = new ChatOrigin("test", "U1", "C1", input.Line.ToString()) };

                var reply = answerer.Answer(question);

                Assert.NotNull(reply.Question);
                Assert.True(reply.Question.Length <= 1000, $"The cleaned question kept {reply.Question.Length} characters for {input}");
                Assert.True(reply.Answered || !string.IsNullOrWhiteSpace(reply.Message), $"A reply that answers nothing says nothing for {input}");
                Assert.All(reply.Results, passage => Assert.False(string.IsNullOrEmpty(passage.Title)));
                HostileAssert.NoStackTrace(reply.Message ?? "", input);
                using var json = JsonDocument.Parse(ReplyDocument.From(reply).ToJson());
                Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
                if (reply.Answered)
                {
                    answered++;
                }
                else
                {
                    declined++;
                }
            }

            Assert.True(answerer.SuggestQuotes(input.Value, 5).Count <= 5);
        }

        TestReport.Line(output, $"core: {inputs.Count} hostile inputs x {Intents.Length} intents = {answered + declined} replies ({answered} answered, {declined} declined with a message), 0 exceptions");
        TestReport.Line(output, $"core: {HostileInputs.Summary(inputs)}");
        Assert.True(inputs.Count >= 200, $"The corpus has only {inputs.Count} text inputs.");
    }
}
