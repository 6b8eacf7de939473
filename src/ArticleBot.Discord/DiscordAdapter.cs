using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Conversations;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Feedback;
using ArticleBot.Discord.Channels;
using ArticleBot.Discord.Forums;
using ArticleBot.Core.Telemetry;
using ArticleBot.Discord.Gateway;
using ArticleBot.Discord.Interactions;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Messages;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Discord;

/// <summary>
/// ArticleBot on Discord: one gateway session per shard, MESSAGE_CREATE and INTERACTION_CREATE turned into questions,
/// replies sent over REST. Dispatches are deduplicated by id (Discord may deliver an event twice, and a RESUME
/// replays) and handled off the gateway loop, so a slow reply never delays heartbeats. Interactions may also arrive
/// over HTTP (<see cref="HandleHttpInteractionAsync"/>), handled by the same <see cref="InteractionHandler"/>; with
/// no token there is no gateway at all and only those are answered.
/// </summary>
public sealed class DiscordAdapter : IChatAdapter
{
    public const string HttpClientName = "ArticleBot.Discord";

    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BotIdentity _identity = new();
    private readonly RecentIds _seen;
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly MessageHandler _messages;
    private readonly InteractionHandler _interactions;
    private readonly ForumPostHandler _forum;
    private readonly DiscordChannels _channels;
    private readonly ArticleBotMetrics? _metrics;
    // Replies in flight get their own token: stopping must not cut off an answer half-sent, only bound its wait.
    private readonly CancellationTokenSource _draining = new();
    private volatile GatewayShard[] _shards = [];
    private volatile bool _httpOnly;
    private int _commandsRegistered;

    public DiscordAdapter(
        IOptions<DiscordOptions> options,
        IQuestionAnswerer answerer,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        ChannelPolicy channels,
        IFeedbackSink? feedback = null,
        ArticleBotMetrics? metrics = null,
        IArticleLibrary? library = null,
        IOptions<ConversationOptions>? conversations = null)
    {
        _metrics = metrics;
        _options = options.Value;
        _time = time;
        _logger = loggerFactory.CreateLogger<DiscordAdapter>();
        Rest = new DiscordRestClient(
            httpClientFactory.CreateClient(HttpClientName), _options, new DiscordRateLimiter(time), time,
            loggerFactory.CreateLogger<DiscordRestClient>());
        _seen = new RecentIds(_options.SeenIdCapacity);
        var memory = new QuestionMemory(_options.QuestionCapacity);
        _channels = new DiscordChannels(channels, _options.ThreadCapacity);
        var conversationCapacity = conversations?.Value.Capacity ?? ConversationMemory.DefaultCapacity;
        _messages = new MessageHandler(Rest, answerer, _options, _identity, memory, _channels, _logger) { Conversations = new ConversationMemory(time, conversationCapacity) };
        _interactions = new InteractionHandler(Rest, answerer, memory, _channels, feedback, time, _logger, library);
        _forum = new ForumPostHandler(Rest, answerer, memory, _channels, new AnsweredPosts(_options.SessionFolder, _options.AnsweredPostCapacity), _logger);
    }

    public string Platform => "discord";

    public bool IsConnected => _httpOnly || _shards.Any(s => s.IsConnected);

    internal DiscordRestClient Rest { get; }

    internal GatewayTimings Timings { get; set; } = GatewayTimings.Default;

    internal TimeSpan DeferInteractionAfter
    {
        get => _interactions.DeferAfter;
        set => _interactions.DeferAfter = value;
    }

    internal IReadOnlyList<GatewayShard> Shards => _shards;

    /// <summary>How long a stopping bot waits for replies in flight before cancelling them; shorter than the host's
    /// ShutdownTimeout so the process still exits in bounded time.</summary>
    internal TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_options.UsesGateway)
            {
                await RunGatewayAsync(cancellationToken);
            }
            else
            {
                DiscordLog.HttpOnly(_logger);
                _httpOnly = true;
                await Task.Delay(Timeout.InfiniteTimeSpan, _time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        finally
        {
            _httpOnly = false;
            await Task.WhenAll(_inFlight.Keys.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)))
                .WaitAsync(DrainTimeout, _time, CancellationToken.None)
                .ContinueWith(_ => { }, TaskScheduler.Default);
            await _draining.CancelAsync();
        }
    }

    /// <summary>
    /// An interaction Discord POSTed to the interactions endpoint, its signature already checked: PING gets PONG,
    /// anything else is handled like one from the gateway, its initial response returned as the HTTP response (the
    /// returned <see cref="HttpInteractionResponse.Sent"/> is to be called once it is written, since a deferred answer
    /// must not reach the webhook before Discord has the deferral). Null when there is nothing to answer (a
    /// repeated id, a type the bot does not handle).
    /// </summary>
    internal async Task<HttpInteractionResponse?> HandleHttpInteractionAsync(JsonElement json, CancellationToken requestAborted)
    {
        var interaction = DiscordInteraction.Parse(json);
        if (interaction.Type == InteractionType.Ping)
        {
            return new HttpInteractionResponse(InteractionResponses.PongResponse(), () => { });
        }

        if (!_seen.TryAdd("interaction:" + interaction.Id))
        {
            return null;
        }

        var initial = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Callback(JsonObject response, CancellationToken ct)
        {
            DiscordRequests.OutgoingResponse(response);
            initial.TrySetResult(response);
            return sent.Task.WaitAsync(ct);
        }

        var work = Spawn("interaction", interaction.Id, ct => _interactions.HandleAsync(interaction, Callback, ct), _draining.Token);
        try
        {
            if (await Task.WhenAny(initial.Task, work).WaitAsync(requestAborted) != initial.Task)
            {
                sent.TrySetCanceled(CancellationToken.None);
                return null;
            }
        }
        catch (OperationCanceledException)
        {
            // Discord gave up on the request: the handler must not wait for a response that will never be written.
            sent.TrySetCanceled(CancellationToken.None);
            throw;
        }

        return new HttpInteractionResponse(await initial.Task, () => sent.TrySetResult());
    }

    private async Task RunGatewayAsync(CancellationToken cancellationToken)
    {
        var info = await GetGatewayBotWithRetryAsync(cancellationToken);
        var shardCount = _options.ShardCount ?? info.Shards;
        IEnumerable<int> shardIds = _options.ShardId is { } only ? [only] : Enumerable.Range(0, shardCount);
        var gate = new IdentifyGate(info.MaxConcurrency, Timings.IdentifySpacing, _time);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _shards = shardIds.Select(id => new GatewayShard(
            id, shardCount, _options, Rest, gate, Timings, _time, _logger, _metrics, _identity,
            frame => stopping.IsCancellationRequested ? ValueTask.CompletedTask : OnDispatch(frame, _draining.Token))
        {
            ReadsForumPosts = _forum.Enabled,
        }).ToArray();

        var running = _shards.Select(s => s.RunAsync(stopping.Token)).ToList();
        try
        {
            // A shard only ends by cancellation or a fatal error; either way the others stop too.
            var first = await Task.WhenAny(running);
            await stopping.CancelAsync();
            await first;
        }
        finally
        {
            await stopping.CancelAsync();
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private async Task<GatewayBotInfo> GetGatewayBotWithRetryAsync(CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(Timings.ReconnectInitialDelay, Timings.ReconnectMaxDelay);
        while (true)
        {
            try
            {
                return await Rest.GetGatewayBotAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or JsonException && !cancellationToken.IsCancellationRequested)
            {
                var delay = backoff.Next();
                DiscordLog.Disconnected(_logger, -1, ex.Message, "GET /gateway/bot", delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private ValueTask OnDispatch(GatewayFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            switch (frame.EventName)
            {
                case "READY":
                    var ready = ReadyEvent.Parse(frame.Data);
                    _identity.Set(ready.User.Id, ready.ApplicationId);
                    if (Interlocked.Exchange(ref _commandsRegistered, 1) == 0)
                    {
                        Spawn("commands", ready.ApplicationId, ct => RegisterCommandsAsync(ready.ApplicationId, ct), cancellationToken);
                    }

                    break;
                case "THREAD_CREATE":
                    var thread = DiscordThread.Parse(frame.Data);
                    _channels.AddThread(thread.Id, thread.ParentId);
                    _forum.OnThreadCreated(thread);
                    break;
                case "GUILD_CREATE":
                    // Threads active when the bot connects, so their questions follow their channel's settings.
                    foreach (var active in frame.Data.GetArrayOrEmpty("threads"))
                    {
                        if (active.GetStringOrNull("id") is { } activeId)
                        {
                            _channels.AddThread(activeId, active.GetStringOrNull("parent_id"));
                        }
                    }

                    break;
                case "MESSAGE_CREATE":
                    var message = DiscordMessage.Parse(frame.Data);
                    if (_forum.TryTake(message, out var post))
                    {
                        _seen.TryAdd("message:" + message.Id);
                        Spawn("forum post", post.Id, ct => _forum.HandleAsync(post, message, ct), cancellationToken);
                    }
                    else if (_messages.TryGetQuestion(message, out var text) && _seen.TryAdd("message:" + message.Id))
                    {
                        Spawn("message", message.Id, ct => _messages.HandleAsync(message, text, ct), cancellationToken);
                    }

                    break;
                case "INTERACTION_CREATE":
                    var interaction = DiscordInteraction.Parse(frame.Data);
                    if (_seen.TryAdd("interaction:" + interaction.Id))
                    {
                        Spawn("interaction", interaction.Id, ct => _interactions.HandleAsync(interaction, ct), cancellationToken);
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException)
        {
            DiscordLog.HandlerFailed(_logger, ex, frame.EventName ?? "dispatch", frame.Sequence?.ToString() ?? "?");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Handles one event off the gateway loop; failures are caught here, at the edge, and logged once.</summary>
    private Task Spawn(string kind, string id, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Task.Run so the gateway loop returns at once: answering and REST waits (rate limits, retries) must never
        // hold up heartbeats or the next dispatch.
        var task = Task.Run(async () =>
        {
            try
            {
                await work(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                DiscordLog.HandlerFailed(_logger, ex, kind, id);
            }
        }, CancellationToken.None);
        _inFlight.TryAdd(task, 0);
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
        return task;
    }

    private async Task RegisterCommandsAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            var commands = SlashCommands.Definitions();
            var guildId = string.IsNullOrWhiteSpace(_options.GuildId) ? null : _options.GuildId;
            await Rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken);
            DiscordLog.CommandsRegistered(_logger, commands.Count, guildId is null ? "global" : $"guild {guildId}");
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException || ex is ArticleBotException { IsFatal: false })
        {
            Interlocked.Exchange(ref _commandsRegistered, 0);
            DiscordLog.CommandRegistrationFailed(_logger, ex);
        }
    }
}
