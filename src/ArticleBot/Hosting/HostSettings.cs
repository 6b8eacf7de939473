using ArticleBot.Core.Answering;

namespace ArticleBot.Hosting;

/// <summary>How a host is started: its arguments and, for tests, settings that override the files.</summary>
public sealed record HostSettings(string[] Args, IReadOnlyDictionary<string, string?>? Overrides = null)
{
    /// <summary>
    /// The answerer the rate limit and the metrics wrap; null (always, outside benchmarks) means the core's
    /// <see cref="QuestionAnswerer"/>. The web load benchmark puts a trivial one here to measure what the request
    /// path costs around the answer.
    /// </summary>
    public Func<IServiceProvider, IQuestionAnswerer>? CoreAnswerer { get; init; }

    /// <summary><c>serve --port N</c>: the port of <c>ArticleBot:Web:Url</c> replaced by N (0: any free port).</summary>
    public int? Port { get; init; }

    public static HostSettings FromArgs(string[] args) => new(args);
}
