using System.Text.Json.Serialization;

namespace ArticleBot.Discord.Forums;

[JsonSerializable(typeof(string[]))]
internal sealed partial class ForumJsonContext : JsonSerializerContext;
