using ArticleBot.Core.Answering;
using Microsoft.Extensions.Logging;

namespace ArticleBot.WebChat;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Web chat request {Method} {Path} failed")]
    public static partial void UnhandledError(ILogger logger, string method, string path, Exception exception);

    // Question text only at Debug: it is what a person typed. The intent goes in as the enum so that nothing is
    // formatted per request unless Debug is on.
    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Web question ({Intent}, answered {Answered}): {Question}")]
    public static partial void Answered(ILogger logger, QuestionIntent intent, bool answered, string question);
}
