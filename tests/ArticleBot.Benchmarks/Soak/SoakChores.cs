using System.Diagnostics;
using System.Globalization;
using System.Net;
using ArticleBot.Benchmarks.Harness;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Slack.Tests.Fakes;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// What happens once a minute: the edited article is rewritten (and the new paragraph must be served within
/// <see cref="EditDeadline"/>), and one fault in turn: the Discord gateway connection dropped (the bot resumes), the
/// Slack link dropped or refreshed with the next acknowledgement lost (Slack redelivers), or a bad article written
/// into the folder (removed the minute after).
/// </summary>
/// <param name="badKinds">The kinds of bad article taken in turn (<see cref="SoakFolder.AddBadArticle"/>), so that one can be
/// left out to see what it costs.</param>
internal sealed class SoakChores(SoakFolder folder, FakeDiscord discord, FakeSlack slack, HttpClient http, int editParagraph, IReadOnlyList<int> badKinds)
{
    private static readonly TimeSpan EditDeadline = TimeSpan.FromSeconds(30);

    private readonly Percentiles _editServed = new("article edit to served");
    private readonly List<Task> _checks = [];
    private readonly Dictionary<string, int> _faults = [];
    private bool _badArticle;
    private int _editsMissed;
    private int _notReady;

    public int EditsMissed => Volatile.Read(ref _editsMissed);

    /// <summary>Edits the article, starts checking that the edit is served, injects this minute's fault and says which.</summary>
    public async Task<string> RunMinuteAsync(int minute)
    {
        folder.Edit(minute);
        _checks.Add(CheckServedAsync(minute));
        if (_badArticle)
        {
            folder.RemoveBadArticle();
            _badArticle = false;
        }

        string fault;
        switch (minute % 3)
        {
            case 1:
                discord.Gateway.Current?.Drop();
                fault = "discord gateway connection dropped";
                break;
            case 2:
                slack.LoseNextAcks(1);
                var how = minute % 2 == 0 ? "abrupt" : "refresh_requested";
                if (slack.OpenConnections.Count > 0)
                {
                    await slack.DisconnectAsync(how);
                }

                fault = $"slack link {how}, next ack lost";
                break;
            default:
                fault = "bad article: " + folder.AddBadArticle(badKinds[(minute / 3) % badKinds.Count]);
                _badArticle = true;
                _checks.Add(CheckReadyAsync());
                break;
        }

        var kind = fault.Split(':')[0];
        _faults[kind] = _faults.GetValueOrDefault(kind) + 1;
        return fault;
    }

    public string Summary()
    {
        Task.WaitAll(_checks.ToArray(), TimeSpan.FromSeconds(60));
        var faults = string.Join(", ", _faults.Select(pair => $"{pair.Value} × {pair.Key}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Percentiles.Header}\n{_editServed.Row()}\nedits: {_editServed.Count} served, {EditsMissed} not served within {EditDeadline.TotalSeconds} s; faults: {faults}; not ready 5 s after a bad article: {_notReady}");
    }

    private async Task CheckServedAsync(int minute)
    {
        var marker = SoakFolder.EditMarker(minute);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < EditDeadline)
        {
            try
            {
                var text = await http.GetStringAsync($"/api/articles/{SoakFolder.EditedId}/paragraphs/{editParagraph}");
                if (text.Contains(marker, StringComparison.Ordinal))
                {
                    lock (_editServed)
                    {
                        _editServed.Add(started, Stopwatch.GetTimestamp());
                    }

                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Counted as missed if it never comes.
            }

            await Task.Delay(100);
        }

        Interlocked.Increment(ref _editsMissed);
        Console.WriteLine($"edit of minute {minute} not served within {EditDeadline.TotalSeconds} s");
    }

    private async Task CheckReadyAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        using var response = await http.GetAsync("/readyz");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Interlocked.Increment(ref _notReady);
            Console.WriteLine($"/readyz {(int)response.StatusCode} after a bad article: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
