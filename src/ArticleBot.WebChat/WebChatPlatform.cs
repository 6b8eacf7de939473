namespace ArticleBot.WebChat;

public static class WebChatPlatform
{
    /// <summary>The <see cref="Core.Answering.ChatOrigin.Platform"/> of questions from the web chat and its API.</summary>
    public const string Name = "web";
}
