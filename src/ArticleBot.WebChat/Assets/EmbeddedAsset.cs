namespace ArticleBot.WebChat.Assets;

internal sealed record EmbeddedAsset(string Name, string ContentType, byte[] Content, string ETag);
