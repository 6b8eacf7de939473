using System.Text.Json.Nodes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>The real example payloads of ../shared/protocol/discord, read fresh each time so tests can change them.</summary>
internal static class Payloads
{
    public const string BotUserId = "80351110224678912";
    public const string ApplicationId = "234248956100616262";
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "290926798999357250";
    public const string AuthorId = "53908099506183680";

    public static JsonNode Load(string file) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("discord", file)))
        ?? throw new InvalidOperationException($"{file} is empty");

    /// <summary>The <c>d</c> of message_create_mention.json with the given content and id.</summary>
    public static JsonObject Mention(string question, string id = "334385199974967043")
    {
        var d = Load("message_create_mention.json")["d"]!.AsObject();
        d["content"] = $"<@{BotUserId}> {question}";
        d["id"] = id;
        return d;
    }

    /// <summary>The <c>d</c> of message_create.json (no mention) with the given content and id.</summary>
    public static JsonObject PlainMessage(string content, string id = "334385199974967042")
    {
        var d = Load("message_create.json")["d"]!.AsObject();
        d["content"] = content;
        d["id"] = id;
        return d;
    }

    /// <summary>The <c>d</c> of interaction_create_command.json turned into the given slash command.</summary>
    public static JsonObject Command(string id, string name, params (string Name, JsonNode Value)[] options)
    {
        var d = Load("interaction_create_command.json")["d"]!.AsObject();
        d["id"] = id;
        d["token"] = "token-" + id;
        d["data"]!["name"] = name;
        d["data"]!["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
                System.Text.Json.JsonValueKind.Number => 4,
                _ => 3,
            },
            ["value"] = o.Value.DeepClone(),
        }).ToArray());
        return d;
    }

    /// <summary>interaction_create_command.json as the subcommand <paramref name="group"/> <paramref name="name"/>
    /// (https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups: the
    /// subcommand is the command's one option, type 1, holding its own), used by a member with these permissions.</summary>
    public static JsonObject Subcommand(string id, string group, string name, string permissions, params (string Name, string Value)[] options)
    {
        var d = Command(id, group);
        d["data"]!["options"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = name,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["type"] = 3, ["name"] = o.Name, ["value"] = o.Value }).ToArray()),
        });
        d["member"]!["permissions"] = permissions;
        return d;
    }

    /// <summary>A THREAD_CREATE for a new post in a forum channel (channel type 11, a public thread whose parent is
    /// the forum), as https://discord.com/developers/docs/topics/threads#forums describes it.</summary>
    public static JsonObject ForumPost(string threadId, string forumId, string title) => new()
    {
        ["id"] = threadId,
        ["guild_id"] = GuildId,
        ["parent_id"] = forumId,
        ["owner_id"] = AuthorId,
        ["name"] = title,
        ["type"] = 11,
        ["last_message_id"] = threadId,
        ["message_count"] = 0,
        ["member_count"] = 1,
        ["rate_limit_per_user"] = 0,
        ["flags"] = 0,
        ["applied_tags"] = new JsonArray(),
        ["newly_created"] = true,
        ["thread_metadata"] = new JsonObject
        {
            ["archived"] = false,
            ["auto_archive_duration"] = 4320,
            ["archive_timestamp"] = "2026-12-03T14:00:00.000000+00:00",
            ["locked"] = false,
            ["create_timestamp"] = "2026-12-03T14:00:00.000000+00:00",
        },
    };

    /// <summary>A forum post's starter message: in the post's thread, with the thread's id, mentioning no one.</summary>
    public static JsonObject StarterMessage(string threadId, string content)
    {
        var d = PlainMessage(content, threadId);
        d["channel_id"] = threadId;
        d["channel_type"] = 11;
        d["position"] = 0;
        return d;
    }
}
