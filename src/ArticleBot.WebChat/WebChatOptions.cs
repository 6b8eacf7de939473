using System.ComponentModel.DataAnnotations;

namespace ArticleBot.WebChat;

/// <summary>Settings of the web chat, under <c>ArticleBot:Web</c> (beside the host's <c>Url</c>).</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "ArticleBot:Web";

    /// <summary>Largest request body the JSON API reads; larger ones get 413.</summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "ArticleBot:Web:MaxRequestBodyBytes must be from 1024 to 1048576 (bytes).")]
    public int MaxRequestBodyBytes { get; set; } = 32 * 1024;
}
