using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Interactions;

/// <summary>Sends an interaction's one initial response: over the gateway it is a REST call to
/// <c>/interactions/{id}/{token}/callback</c>; over HTTP it is the body of the response to Discord's POST. Whatever
/// comes after (a deferred answer) goes through the interaction's webhook either way.</summary>
internal delegate Task InteractionCallback(JsonObject response, CancellationToken cancellationToken);
