using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Interactions;

/// <summary>The initial response to an HTTP interaction, and what to call once it has been written.</summary>
internal sealed record HttpInteractionResponse(JsonObject Body, Action Sent);
