using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Answering;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        foreach (var q in (Environment.GetEnvironmentVariable("SCRATCH_Q") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var reply = SeedAnswerer.Shared.Answer(new ChatQuestion(q, Top: 5));
            output.WriteLine($"{q} => {reply.Intent} answered={reply.Answered}");
            foreach (var r in reply.Results)
            {
                output.WriteLine($"  ¶{r.Paragraph} {r.Score:0.000} [{r.Speaker}] {r.Snippet}");
            }
        }
    }
}
