using System.Diagnostics;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Benchmarks.Chat;

/// <summary>
/// Figure 5: the chat path. A burst of mentions through the fake Discord gateway (replies posted on its fake REST
/// API) and through the fake Slack's Socket Mode (replies by chat.postMessage), with the real adapters wired as the
/// host wires them and the real answerer over the seed article. The fakes are the test suites' own.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var platforms = (options.Get("platform") ?? "discord,slack").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var messages = options.Int("messages", 1000);
        var channels = options.Int("channels", 1);
        var timeout = TimeSpan.FromSeconds(options.Int("timeout-seconds", 120));
        var questions = RepoRoot.DevQuestions();
        Console.WriteLine($"{Environment.ProcessorCount} cores; {messages} mentions per burst over {channels} channel(s); server GC {System.Runtime.GCSettings.IsServerGC}");
        // "replay" returns the seed answerer's replies from a dictionary: what the adapters cost around the answer.
        var answerer = (options.Get("answerer") ?? "seed") switch
        {
            "seed" => SeedAnswerer.Shared,
            "replay" => new Web.ReplayAnswerer(SeedAnswerer.Shared, questions),
            _ => throw new ArgumentException("--answerer is seed or replay."),
        };
        foreach (var question in questions)
        {
            answerer.Answer(new ChatQuestion(question));
        }

        Console.WriteLine($"answerer {options.Get("answerer") ?? "seed"}");

        foreach (var platform in platforms)
        {
            switch (platform)
            {
                case "discord":
                    await DiscordBurst.RunAsync(answerer, questions, messages, channels, timeout);
                    break;
                case "slack":
                    await SlackBurst.RunAsync(answerer, questions, messages, channels, timeout);
                    break;
                default:
                    throw new ArgumentException("--platform is discord, slack or both separated by a comma.");
            }
        }

        return 0;
    }

    /// <summary>Waits until <paramref name="done"/> holds or the time runs out, then a little longer so that late
    /// duplicates are counted too.</summary>
    public static async Task WaitForAsync(Func<bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!done() && clock.Elapsed < timeout)
        {
            await Task.Delay(5);
        }

        await Task.Delay(500);
    }
}
