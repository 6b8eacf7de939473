using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ArticleBot.Benchmarks.Chat;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Slack.Tests.Fakes;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// Issue 14's soak: the real bot as its own process (<c>articlebot serve</c> on loopback, with the fake Discord and
/// the fake Slack of the test suites), questions through the web API and both chat fakes for <c>--minutes</c> (30),
/// an article edited every minute and faults injected in turn (a dropped Discord gateway, a dropped Slack link with a
/// lost acknowledgement, a bad article that comes and goes). It checks that no question goes unanswered or is
/// answered twice, that every edit is served, that no article is changed, and samples the bot's RssAnon every 10 s
/// for the slope after the warm-up. Bounded and loopback only; exit code 1 when a check fails.
/// </summary>
internal static class SoakCommand
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(Options options)
    {
        var minutes = options.Int("minutes", 30);
        var warmUp = TimeSpan.FromMinutes(options.Int("warmup-minutes", Math.Max(1, minutes / 6)));
        var rate = options.Int("rate", 4);
        var botDll = Path.GetFullPath(options.Get("bot") ?? Path.Combine(RepoRoot.Find(), "src", "ArticleBot", "bin", "Release", "net10.0", "articlebot.dll"));
        if (!File.Exists(botDll))
        {
            Console.Error.WriteLine($"No bot at {botDll}: dotnet build -c Release src/ArticleBot (or give --bot PATH/articlebot.dll).");
            return 2;
        }

        using var folder = new SoakFolder();
        folder.Edit(0);
        await using var discord = await FakeDiscord.StartAsync();
        // Discord's own heartbeat pace; and on each RESUME two dispatches already delivered come again, which
        // Discord allows ("an event may arrive more than once"): the bot must not answer them twice.
        discord.Gateway.HeartbeatIntervalMs = 41_250;
        discord.Gateway.ReplayOverlap = 2;
        await using var slack = await FakeSlack.StartAsync();
        var web = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = new Dictionary<string, string>
        {
            ["ArticleBot:Discord:Token"] = FakeDiscord.Token,
            ["ArticleBot:Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["ArticleBot:Slack:BotToken"] = FakeSlack.BotToken,
            ["ArticleBot:Slack:AppToken"] = FakeSlack.AppToken,
            ["ArticleBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["ArticleBot:Web:Url"] = web.ToString().TrimEnd('/'),
            ["ArticleBot:Web:ChatEnabled"] = "true",
            // The soak asks far more than one reader would; the rate limit is another test's subject.
            ["ArticleBot:RateLimits:Enabled"] = "false",
            ["ArticleBot:Metrics:PrometheusEnabled"] = "true",
            // The adapters' bounded memories, small enough to fill during the warm-up (at 4 questions a second the
            // defaults would still be filling at minute 40), so the slope after it measures what is not bounded.
            ["ArticleBot:Conversations:Capacity"] = "200",
            ["ArticleBot:Discord:SeenIdCapacity"] = "500",
            ["ArticleBot:Discord:QuestionCapacity"] = "200",
            ["ArticleBot:Discord:AnsweredPostCapacity"] = "200",
            ["ArticleBot:Discord:ThreadCapacity"] = "200",
            ["ArticleBot:Slack:DedupeWindow"] = "00:01:00",
            ["ArticleBot:Slack:ThreadCapacity"] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };

        // --bot-env NAME=VALUE[,NAME=VALUE]: runtime settings for the bot process only (DOTNET_gcServer=0, say), to compare.
        var botEnvironment = (options.Get("bot-env") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
        Console.WriteLine($"soak: {minutes} min, warm-up {warmUp.TotalMinutes} min, {rate} questions/s on each of web, discord, slack; bot {botDll}; folder {folder.Root}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {LoadAverage()}");
        Console.WriteLine(botEnvironment.Count == 0 ? "bot environment: as shipped" : "bot environment: " + string.Join(' ', botEnvironment.Select(pair => $"{pair.Key}={pair.Value}")));
        await using var bot = BotProcess.Start(botDll, folder.Root, settings, botEnvironment, folder.LogPath);
        using var http = new HttpClient { BaseAddress = web, Timeout = TimeSpan.FromSeconds(30) };
        if (!await ReadyAsync(http, bot, TimeSpan.FromMinutes(3)))
        {
            Console.Error.WriteLine($"The bot did not become ready; its log: {folder.LogPath}");
            return 1;
        }

        var editParagraph = await FindParagraphAsync(http, SoakFolder.EditMarker(0));
        Console.WriteLine($"bot ready (pid {bot.Id}); the edited paragraph is {SoakFolder.EditedId} ¶{editParagraph}");

        var load = new SoakLoad(Questions(), rate);
        var memory = new MemorySlope(warmUp);
        var loads = new List<double>();
        // --bad-kinds 0,1,2: the bad articles taken in turn (0 not UTF-8, 1 empty, 2 front matter not closed, 3 one 180 KB paragraph).
        var badKinds = (options.Get("bad-kinds") ?? "0,1,2,3").Split(',').Select(kind => int.Parse(kind, CultureInfo.InvariantCulture)).ToList();
        var chores = new SoakChores(folder, discord, slack, http, editParagraph, badKinds);
        var dumps = GcDumps.Parse(folder.Root, options.Get("gcdump-at"));
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        var senders = Task.WhenAll(load.WebAsync(http, stop.Token), load.DiscordAsync(discord, stop.Token), load.SlackAsync(slack, stop.Token));
        var minute = 0;
        while (!stop.IsCancellationRequested && !bot.HasExited)
        {
            await Delay(SampleEvery, stop.Token);
            if (bot.StatusMegabytes("RssAnon") is { } anon && bot.StatusMegabytes("VmRSS") is { } rss)
            {
                memory.Add(new MemorySample(clock.Elapsed.TotalMinutes, anon, rss, await GcCommittedAsync(http)));
            }

            loads.Add(double.Parse(LoadAverage().Split(' ')[0], CultureInfo.InvariantCulture));
            if (clock.Elapsed >= TimeSpan.FromMinutes(minute + 1) && !stop.IsCancellationRequested)
            {
                minute++;
                var fault = await chores.RunMinuteAsync(minute);
                var (anonNow, rssNow, committedNow) = (bot.StatusMegabytes("RssAnon"), bot.StatusMegabytes("VmRSS"), await GcCommittedAsync(http));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{minute,3} min: sent web {load.WebSent} (failed {load.WebFailed}), discord {load.DiscordSent} (replies {discord.Messages.Count}), slack {load.SlackSent} (replies {slack.Messages.Count(m => m.ThreadTs is not null)}); " +
                    $"RssAnon {anonNow:F1} MB, VmRSS {rssNow:F1} MB, GC committed {committedNow:F1} MB; load {LoadAverage()}; {fault}"));
                if (await dumps.TakeAsync(minute, bot.Id) is { } dumped)
                {
                    Console.WriteLine($"{minute,3} min: {dumped}");
                }
            }
        }

        await senders;
        // The run's last snapshot, after the last memory sample, so taking it does not count in the slope.
        if (!bot.HasExited && await dumps.TakeAsync(minutes, bot.Id) is { } last)
        {
            Console.WriteLine($"{minutes,3} min: {last}");
        }

        load.Discord.SentAll();
        load.Slack.SentAll();
        Console.WriteLine($"sending stopped at {clock.Elapsed.TotalMinutes:F1} min; waiting for the last replies");
        await ChatCommand.WaitForAsync(() => Answered(load, discord, slack), TimeSpan.FromSeconds(90));
        var metrics = bot.HasExited ? "" : await http.GetStringAsync("/metrics");
        var exitCode = await bot.StopAsync(TimeSpan.FromSeconds(30));

        Console.WriteLine();
        Console.WriteLine(Percentiles.Header);
        Console.WriteLine(load.Web.Row());
        var (discordLost, discordDuplicated) = load.Discord.Report(DiscordReplies(discord));
        var (slackLost, slackDuplicated) = load.Slack.Report(SlackReplies(slack));
        Console.WriteLine($"web: {load.WebSent} questions, {load.WebFailed} failed");
        Console.WriteLine($"discord fake: {discord.Gateway.Connections} gateway connections, {discord.Gateway.Resumes.Count} resumes, {discord.Rejected.Count} requests rejected, {discord.NonceRepeats} nonce repeats");
        Console.WriteLine($"slack fake: {slack.ConnectionsAccepted} Socket Mode connections, {slack.SentEnvelopes.Count} envelopes sent (redeliveries included), {slack.Acks.Count} acks");
        Console.WriteLine(chores.Summary());
        foreach (var line in metrics.Split('\n').Where(line => line.StartsWith("articlebot_store_", StringComparison.Ordinal) || line.StartsWith("articlebot_gateway_", StringComparison.Ordinal) || line.StartsWith("articlebot_index_", StringComparison.Ordinal)))
        {
            Console.WriteLine("metrics: " + line);
        }

        var (warnings, errors) = bot.LogLevels;
        Console.WriteLine($"bot log: {warnings} warnings, {errors} errors or critical ({folder.LogPath}); exit code after SIGTERM: {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "did not stop"}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average over the run: mean {loads.DefaultIfEmpty().Average():F2}, max {loads.DefaultIfEmpty().Max():F2} (1-minute, {Environment.ProcessorCount} cores)"));
        Console.WriteLine(memory.Summary());
        var changed = folder.ChangedArticles();
        var slope = memory.SlopePerTenMinutes(sample => sample.RssAnon);
        var lost = load.WebFailed + discordLost + slackLost;
        var duplicated = discordDuplicated + slackDuplicated;
        var passed = lost == 0 && duplicated == 0 && changed.Count == 0 && exitCode == 0 && chores.EditsMissed == 0 && slope < 1.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {(passed ? "pass" : "FAIL")}: lost {lost}, duplicated {duplicated}, edits not served {chores.EditsMissed}, articles changed by the bot {changed.Count}, RssAnon slope {slope:+0.00;-0.00} MB/10 min (target < 1)"));
        // Kept unless this point is reached with a pass: a run that throws leaves its log behind too.
        folder.Keep = !passed || options.Flag("keep");
        if (folder.Keep)
        {
            Console.WriteLine($"kept {folder.Root} (log, store, index)");
        }

        return passed ? 0 : 1;
    }

    private static bool Answered(SoakLoad load, FakeDiscord discord, FakeSlack slack) =>
        DiscordReplies(discord).Select(reply => reply.QuestionId).Distinct().Count() >= load.DiscordSent &&
        SlackReplies(slack).Select(reply => reply.QuestionId).Distinct().Count() >= load.SlackSent;

    private static List<(string QuestionId, long ReceivedAt)> DiscordReplies(FakeDiscord discord) =>
        discord.Messages
            .Where(message => message.Body.TryGetProperty("message_reference", out _))
            .Select(message => (message.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!, message.ReceivedAt))
            .ToList();

    private static List<(string QuestionId, long ReceivedAt)> SlackReplies(FakeSlack slack) =>
        slack.Messages.Where(message => message.ThreadTs is not null).Select(message => (message.ThreadTs!, message.PostedAt)).ToList();

    /// <summary>The seed's dev questions and the edited article's, so both the steady and the changing article are asked.</summary>
    private static List<string> Questions()
    {
        var harbour = File.ReadLines(Path.Combine(RepoRoot.Find(), "tests", "eval", "harbor-bridge-questions.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!);
        return RepoRoot.DevQuestions().Concat(harbour).ToList();
    }

    private static async Task<bool> ReadyAsync(HttpClient http, BotProcess bot, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !bot.HasExited)
        {
            try
            {
                using var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static async Task<int> FindParagraphAsync(HttpClient http, string marker)
    {
        for (var paragraph = 1; paragraph < 200; paragraph++)
        {
            using var response = await http.GetAsync($"/api/articles/{SoakFolder.EditedId}/paragraphs/{paragraph}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                break;
            }

            if ((await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal))
            {
                return paragraph;
            }
        }

        throw new InvalidOperationException($"The bot does not serve the edited paragraph of {SoakFolder.EditedId}.");
    }

    /// <summary>The bot's garbage collector's committed memory after its last collection, in MB, from the runtime
    /// meter on <c>/metrics</c>; null when it does not answer.</summary>
    private static async Task<double?> GcCommittedAsync(HttpClient http)
    {
        const string Name = "dotnet_gc_last_collection_memory_committed_size_bytes";
        try
        {
            var line = (await http.GetStringAsync("/metrics")).Split('\n').FirstOrDefault(line => line.StartsWith(Name, StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture) / 1048576;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
            // The soak's time is up.
        }
    }
}
