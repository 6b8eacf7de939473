using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Gateway;

/// <summary>
/// Keeps a shard's session across a restart. A bot that stops closes the gateway with a resumable code; a new process
/// that finds the saved session resumes it, so Discord replays what was missed and no session start (of the 1,000 a
/// day) is spent. The bot's identity is kept with it, since a RESUME brings no READY to learn it from. A saved
/// session is used once, and only while Discord still keeps it (a few minutes).
/// </summary>
internal sealed class SessionStore(string? folder, TimeProvider time)
{
    /// <summary>Discord keeps a disconnected session resumable for a few minutes (fact sheet 1.3).</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(2);

    public void Save(int shardId, GatewaySession session, BotIdentity identity)
    {
        if (string.IsNullOrWhiteSpace(folder) || !session.CanResume || identity.UserId is null || identity.ApplicationId is null)
        {
            return;
        }

        var saved = new JsonObject
        {
            ["session_id"] = session.SessionId,
            ["resume_gateway_url"] = session.ResumeGatewayUrl!.ToString(),
            ["seq"] = session.Sequence,
            ["user_id"] = identity.UserId,
            ["application_id"] = identity.ApplicationId,
            ["saved_at"] = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        Directory.CreateDirectory(folder);
        var path = PathFor(shardId);
        File.WriteAllText(path + ".tmp", saved.ToJsonString());
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Restores and forgets the saved session of this shard; false when there is none or it is too old.</summary>
    public bool TryRestore(int shardId, GatewaySession session, BotIdentity identity)
    {
        if (string.IsNullOrWhiteSpace(folder) || !File.Exists(PathFor(shardId)))
        {
            return false;
        }

        try
        {
            var saved = JsonNode.Parse(File.ReadAllText(PathFor(shardId)))!.AsObject();
            var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(saved["saved_at"]!.GetValue<long>());
            if (age > MaxAge || age < TimeSpan.Zero)
            {
                return false;
            }

            session.Restore(
                saved["session_id"]!.GetValue<string>(),
                new Uri(saved["resume_gateway_url"]!.GetValue<string>()),
                saved["seq"]?.GetValue<int>());
            identity.Set(saved["user_id"]!.GetValue<string>(), saved["application_id"]!.GetValue<string>());
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or NullReferenceException or IOException or UriFormatException)
        {
            // A damaged file only costs a fresh IDENTIFY.
            return false;
        }
        finally
        {
            File.Delete(PathFor(shardId));
        }
    }

    private string PathFor(int shardId) => Path.Combine(folder!, $"discord-shard-{shardId}.json");
}
