using ArticleBot.Core.Answering;
using ArticleBot.WebChat.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.WebChat;

/// <summary>
/// What every API request needs, resolved once: one look-up per request instead of three, and above all no
/// <see cref="ILoggerFactory.CreateLogger"/> per request, which takes the factory's lock (every request of a busy
/// server queued on it).
/// </summary>
internal sealed class WebChatServices(IQuestionAnswerer answerer, IOptions<WebChatOptions> options, ILoggerFactory loggerFactory, IWebRequestLimiter? limiter = null)
{
    public IQuestionAnswerer Answerer { get; } = answerer;

    public int MaxRequestBodyBytes { get; } = options.Value.MaxRequestBodyBytes;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("ArticleBot.WebChat");

    public IWebRequestLimiter? Limiter { get; } = limiter;
}
