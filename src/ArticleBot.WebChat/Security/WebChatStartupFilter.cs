using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ArticleBot.WebChat.Security;

internal sealed class WebChatStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<EdgeMiddleware>();
        next(app);
    };
}
