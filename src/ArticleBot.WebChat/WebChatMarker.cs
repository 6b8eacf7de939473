namespace ArticleBot.WebChat;

/// <summary>Registered by AddWebChat so MapWebChat can say clearly when it was forgotten.</summary>
internal sealed class WebChatMarker;
