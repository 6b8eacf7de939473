using System.Text.Json.Serialization;
using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(WebReply))]
[JsonSerializable(typeof(ArticleList))]
[JsonSerializable(typeof(ResultDocument))]
internal sealed partial class WebChatJsonContext : JsonSerializerContext;
