using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;
using ArticleBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Hosting;

/// <summary><c>ArticleBot:Conversations:Capacity</c> as the host binds it (an invalid value: <see cref="StartupFailureTests"/>).</summary>
public sealed class ConversationCapacityTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task A_configured_capacity_is_the_conversation_memory_s_and_past_it_the_oldest_conversation_is_forgotten()
    {
        await using var app = ServeHost.Build(new HostSettings([], new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Conversations:Capacity"] = "2" }));
        var memory = app.Services.GetRequiredService<ConversationMemory>();

        foreach (var key in new[] { "a", "b", "c" })
        {
            memory.Remember(key, new ConversationState(key, QuestionIntent.Ask, null, null, [], 3, 0));
        }

        Assert.Equal(2, memory.Capacity);
        Assert.Equal(2, memory.Count);
        Assert.Null(memory.Recall("a"));
    }

    [Fact]
    public async Task Without_the_setting_the_capacity_is_the_default()
    {
        await using var app = ServeHost.Build(new HostSettings([], _index.Settings()));

        Assert.Equal(ConversationMemory.DefaultCapacity, app.Services.GetRequiredService<ConversationMemory>().Capacity);
    }
}
