using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;
using ArticleBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Benchmarks.Web;

/// <summary>
/// Figure 4's baseline: the real web host (<see cref="ServeHost"/>, the same middleware, decorators and settings as
/// <c>articlebot serve</c>) with the core answerer swapped for <see cref="ReplayAnswerer"/>, so a load generator
/// measures what the request path costs around the answer. <c>--answerer real</c> keeps the core answerer, for a
/// side-by-side run in the same kind of process. Runs until stopped (SIGTERM / Ctrl+C).
/// </summary>
internal static class WebHostCommand
{
    public static int Run(Options options)
    {
        var url = options.Require("url");
        var answerer = options.Get("answerer") ?? "replay";
        Directory.SetCurrentDirectory(RepoRoot.Find());
        var overrides = new Dictionary<string, string?>
        {
            ["ArticleBot:Web:Url"] = url,
            ["ArticleBot:Web:ChatEnabled"] = "true",
            ["ArticleBot:Index:WatchForChanges"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var settings = new HostSettings([], overrides)
        {
            CoreAnswerer = answerer switch
            {
                "replay" => provider => new ReplayAnswerer(provider.GetRequiredService<QuestionAnswerer>(), RepoRoot.DevQuestions()),
                "real" => null,
                _ => throw new ArgumentException("--answerer is replay or real."),
            },
        };

        var app = ServeHost.Build(settings);
        // Resolve (and so precompute the replies) before the first request, not during the warm-up.
        app.Services.GetRequiredService<IQuestionAnswerer>();
        Console.WriteLine($"web host ({answerer} answerer) on {url}; server GC {System.Runtime.GCSettings.IsServerGC}, concurrent {System.Runtime.GCSettings.LatencyMode}");
        app.Run();
        return 0;
    }
}
