using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.WebChat.Api;

internal static class ApiResults
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static IResult Json<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(JsonSerializer.Serialize(value, typeInfo), JsonContentType, statusCode: statusCode);

    public static IResult RawJson(string json) => Results.Text(json, JsonContentType);

    public static IResult Error(int statusCode, string message) =>
        Json(new ApiError(message), WebChatJsonContext.Default.ApiError, statusCode);

    public static async Task WriteErrorAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        await context.Response.WriteAsync(
            JsonSerializer.Serialize(new ApiError(message), WebChatJsonContext.Default.ApiError), context.RequestAborted);
    }
}
