using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using ArticleBot.Benchmarks.Chat;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Slack.Tests;
using ArticleBot.Slack.Tests.Fakes;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// The three streams of questions, each paced at a fixed rate for the whole soak: the web API (one request at a
/// time, so a stall shows), Discord mentions on the fake gateway and Slack mentions on the fake Socket Mode, each
/// rotating over four channels. Every question has its own id; the chat runs match replies to them by
/// <c>message_reference</c> (Discord) and <c>thread_ts</c> (Slack).
/// </summary>
internal sealed class SoakLoad
{
    private readonly IReadOnlyList<string> questions;
    private readonly double perSecond;
    // The runs count a question lost by these lists, which grow as the soak sends (one sender each).
    private readonly List<string> _discordIds = [];
    private readonly List<string> _slackIds = [];
    private int _webSent;
    private int _webFailed;
    private int _discordSent;
    private int _slackSent;

    public SoakLoad(IReadOnlyList<string> questions, double perSecond)
    {
        this.questions = questions;
        this.perSecond = perSecond;
        Discord = new ChatRun("discord", _discordIds);
        Slack = new ChatRun("slack", _slackIds);
    }

    public ChatRun Discord { get; }

    public ChatRun Slack { get; }

    public Harness.Percentiles Web { get; } = new("web POST /api/ask");

    public int WebSent => Volatile.Read(ref _webSent);

    /// <summary>Web questions without a 200 and a well-formed reply (errors, timeouts, refused connections).</summary>
    public int WebFailed => Volatile.Read(ref _webFailed);

    public int DiscordSent => Volatile.Read(ref _discordSent);

    public int SlackSent => Volatile.Read(ref _slackSent);

    public async Task WebAsync(HttpClient http, CancellationToken stop)
    {
        await PacedAsync(stop, async i =>
        {
            var started = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _webSent);
            try
            {
                using var response = await http.PostAsJsonAsync("/api/ask", new { question = questions[i % questions.Count] }, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                using var reply = JsonDocument.Parse(body);
                if (!response.IsSuccessStatusCode || reply.RootElement.GetProperty("answered").ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Fail($"web: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                    return;
                }

                Web.Add(started, Stopwatch.GetTimestamp());
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
            {
                Fail($"web: {exception.GetType().Name}: {exception.Message}");
            }
        });

        void Fail(string why)
        {
            if (Interlocked.Increment(ref _webFailed) <= 10)
            {
                Console.WriteLine(why);
            }
        }
    }

    public async Task DiscordAsync(FakeDiscord discord, CancellationToken stop)
    {
        var template = Payloads.Mention("question");
        var channel = long.Parse(Payloads.ChannelId, CultureInfo.InvariantCulture);
        await PacedAsync(stop, async i =>
        {
            var mention = template.DeepClone().AsObject();
            var id = (3_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            mention["id"] = id;
            mention["content"] = $"<@{Payloads.BotUserId}> {questions[i % questions.Count]}";
            mention["channel_id"] = (channel + i % 4).ToString(CultureInfo.InvariantCulture);
            _discordIds.Add(id);
            Discord.Sending(id);
            Interlocked.Increment(ref _discordSent);
            // While the bot is disconnected the fake keeps the dispatch in its session's buffer, and RESUME replays it.
            await discord.DispatchMessageAsync(mention);
        });
    }

    public async Task SlackAsync(FakeSlack slack, CancellationToken stop)
    {
        await PacedAsync(stop, async i =>
        {
            var ts = $"1700000000.{i:D6}";
            var envelope = SlackEnvelopes.Mention($"<@U111> {questions[i % questions.Count]}", ts, channel: $"C{100 + i % 4}");
            _slackIds.Add(ts);
            Slack.Sending(ts);
            Interlocked.Increment(ref _slackSent);
            // Slack holds events while an app has no connection and delivers them when it is back; so does this.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await slack.SendEnvelopeAsync(envelope);
                    return;
                }
                catch (InvalidOperationException) when (attempt < 600)
                {
                    await Task.Delay(100, CancellationToken.None);
                }
                catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException)
                {
                    // The link died under the send: the fake redelivers an envelope that is not acknowledged in time.
                    return;
                }
            }
        });
    }

    /// <summary>Runs <paramref name="send"/> <see cref="perSecond"/> times a second until stopped, one at a time; a
    /// send that takes longer delays the next rather than piling up.</summary>
    private async Task PacedAsync(CancellationToken stop, Func<int, Task> send)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
        for (var i = 0; await Tick(timer, stop); i++)
        {
            await send(i);
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
