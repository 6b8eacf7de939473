using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Commands;

/// <summary>An admin command typed as a message is read by the answerer itself, so every front end (chat, the web
/// page, the command line) gets the same fixed reply and none of them searches the articles for it.</summary>
public sealed class TypedAdminCommandTests
{
    [Theory]
    [InlineData("/articles add https://example.com/story", "/articles add")]
    [InlineData("articles REMOVE some-article", "/articles remove")]
    public void A_typed_admin_command_is_pointed_to_the_slash_command_and_is_not_searched(string typed, string command)
    {
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion(typed));

        Assert.False(reply.Answered);
        Assert.Equal(QuestionIntent.Help, reply.Intent);
        Assert.StartsWith($"{command} is a slash command for administrators", reply.Message);
        Assert.Empty(reply.Results);
    }

    [Fact]
    public void A_typed_admin_command_in_a_conversation_gets_the_same_reply()
    {
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion("/articles add https://example.com/story") { InConversation = true });

        Assert.StartsWith("/articles add is a slash command for administrators", reply.Message);
        Assert.Empty(reply.Results);
    }

    [Fact]
    public void A_question_that_only_starts_with_the_word_articles_is_still_answered()
    {
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion("articles about DeepSeek's founder"));

        Assert.DoesNotContain("slash command for administrators", reply.Message ?? "");
    }

    [Fact]
    public void A_slash_command_the_platform_already_read_is_not_taken_for_a_typed_one()
    {
        // Discord's /source with the text "articles add" is the source command asked about those words.
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion("articles add", QuestionIntent.Source));

        Assert.Equal(QuestionIntent.Source, reply.Intent);
    }
}
