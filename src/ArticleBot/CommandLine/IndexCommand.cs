using System.CommandLine;
using ArticleBot.Core.Indexing;

namespace ArticleBot.CommandLine;

/// <summary><c>index [--rebuild]</c>: build the index now (normally the bot does it on start).</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild even when the index is current." };
        var command = new Command("index", "Build the index from the articles folder, or check that it is current.") { rebuild };
        command.SetAction((parse, _) =>
        {
            using var services = context.BuildCoreServices();
            var index = services.GetRequiredService<ArticleIndex>();
            var lastShown = DateTime.MinValue;
            var progress = new InlineProgress<IndexProgress>(step =>
            {
                // A build of a few articles is instant; only long builds need to show they are alive.
                if (DateTime.UtcNow - lastShown > TimeSpan.FromSeconds(1) || step.FilesDone == step.FilesTotal)
                {
                    lastShown = DateTime.UtcNow;
                    context.Error.WriteLine($"indexed {step.FilesDone}/{step.FilesTotal} files, {step.Paragraphs} paragraphs");
                }
            });

            var result = index.EnsureCurrent(progress, parse.GetValue(rebuild));
            if (result.Stale)
            {
                // The bot would serve the old index stale; a command asked to build one has failed, and says so.
                context.Error.WriteLine($"{index.StaleReason} The last complete index ({result.Articles} articles, {result.Paragraphs} paragraphs) is still there and is stale: the bot serves it until a build succeeds.");
                return Task.FromResult(1);
            }

            context.Output.WriteLine(result.Rebuilt
                ? $"Built the index: {result.Articles} articles, {result.Paragraphs} paragraphs in {result.Elapsed.TotalSeconds:0.00} s at {index.IndexPath}"
                : $"The index is current: {result.Articles} articles, {result.Paragraphs} paragraphs at {index.IndexPath}");
            foreach (var skipped in result.Skipped)
            {
                context.Error.WriteLine($"skipped: {skipped}");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so lines come out in order.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
