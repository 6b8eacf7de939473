using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Testing;

/// <summary>
/// A small news site on Kestrel at 127.0.0.1:0: the two fixture pages (tests/fixtures/pages), a share link that
/// redirects to one, and the hostile cases a link can be: gone, a picture, a listing with no story, a page past the
/// size cap (streamed without a length), one that never finishes, a redirect loop, redirects out of http(s) and
/// to another address.
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    public const string FerryPath = "/news/2026/04/ferry-crews-walk-out";
    public const string FerryId = "courier-example-news-2026-04-ferry-crews-walk-out";

    private readonly WebApplication _app;

    private NewsSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public Uri At(string path) => new(Address, path);

    public static async Task<NewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet(FerryPath, () => Html("ferry-strike.html"));
        app.MapGet("/environment/kelp-harvest-limits", () => Html("kelp-harvest.html"));
        app.MapGet("/s/ferry", () => Results.Redirect(FerryPath, permanent: true));
        app.MapGet("/gone", () => Results.NotFound("No such story"));
        app.MapGet("/photo.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        app.MapGet("/news", () => Results.Content("<html><body><nav><a href='/a'>Ferry crews walk out</a> <a href='/b'>Bridge to close</a></nav></body></html>", "text/html"));
        app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><article>");
            var paragraph = "<p>" + string.Join(' ', Enumerable.Repeat("Every word of this paragraph is padding.", 100)) + "</p>";
            for (var i = 0; i < 200 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync(paragraph, context.RequestAborted);
            }
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>The story begins", context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
        });
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/to-other-address", (HttpContext context) => Results.Redirect($"http://127.0.0.2:{context.Connection.LocalPort}{FerryPath}"));
        await app.StartAsync();
        return new NewsSite(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private static IResult Html(string page) =>
        Results.Content(File.ReadAllText(RepoPaths.InRepo("tests", "fixtures", "pages", page)), "text/html; charset=utf-8");
}
