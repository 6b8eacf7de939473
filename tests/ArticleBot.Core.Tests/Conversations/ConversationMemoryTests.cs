using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Core.Tests.Conversations;

public sealed class ConversationMemoryTests
{
    private static ConversationState State(string question) => new(question, QuestionIntent.Ask, null, null, [], 3, 0);

    [Fact]
    public void A_conversation_idle_past_the_expiry_is_forgotten()
    {
        var time = new FakeTimeProvider();
        var memory = new ConversationMemory(time, expiry: TimeSpan.FromMinutes(30));
        memory.Remember("c", State("first"));

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("first", memory.Recall("c")?.Question);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(memory.Recall("c"));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Past_its_capacity_the_least_recently_used_conversation_is_forgotten()
    {
        var memory = new ConversationMemory(new FakeTimeProvider(), capacity: 2);
        memory.Remember("a", State("a"));
        memory.Remember("b", State("b"));
        memory.Remember("a", State("a again"));

        memory.Remember("c", State("c"));

        Assert.Equal(2, memory.Count);
        Assert.Null(memory.Recall("b"));
        Assert.Equal("a again", memory.Recall("a")?.Question);
        Assert.Equal("c", memory.Recall("c")?.Question);
    }
}
