using System.Collections.Concurrent;
using System.Text.Json;

namespace ArticleBot.Discord.Forums;

/// <summary>
/// The forum posts already answered, by thread id, so a post is answered once: a RESUME replays its THREAD_CREATE
/// and first message, and a restart that resumes does the same. Kept in <c>SessionFolder</c> beside the sessions
/// (the newest <see cref="Capacity"/> ids, <c>AnsweredPostCapacity</c>), written after each answer; without a folder, for this process only.
/// </summary>
internal sealed class AnsweredPosts
{
    private const string FileName = "discord-forum-posts.json";

    private readonly string? _path;
    private readonly Lock _gate = new();
    private readonly LinkedList<string> _order = new();
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inProgress = new();

    public AnsweredPosts(string? folder, int capacity)
    {
        Capacity = capacity;
        _path = string.IsNullOrWhiteSpace(folder) ? null : Path.Combine(folder, FileName);
        foreach (var id in Load(_path))
        {
            if (_answered.Add(id))
            {
                _order.AddLast(id);
            }
        }

        // A smaller capacity than the file was written with keeps the newest.
        while (_order.Count > Capacity)
        {
            _answered.Remove(_order.First!.Value);
            _order.RemoveFirst();
        }
    }

    public int Capacity { get; }

    /// <summary>True when the post is neither answered nor being answered; the caller then calls
    /// <see cref="Complete"/> or <see cref="Abandon"/>.</summary>
    public bool TryBegin(string threadId)
    {
        lock (_gate)
        {
            if (_answered.Contains(threadId))
            {
                return false;
            }
        }

        return _inProgress.TryAdd(threadId, 0);
    }

    public void Complete(string threadId)
    {
        string[] snapshot;
        lock (_gate)
        {
            if (_answered.Add(threadId))
            {
                _order.AddLast(threadId);
                while (_order.Count > Capacity)
                {
                    _answered.Remove(_order.First!.Value);
                    _order.RemoveFirst();
                }
            }

            snapshot = [.. _order];
            // Saved under the lock, so two answers finishing together cannot write an older list last.
            Save(snapshot);
        }

        _inProgress.TryRemove(threadId, out _);
    }

    /// <summary>The answer failed: a replay of the post may try again.</summary>
    public void Abandon(string threadId) => _inProgress.TryRemove(threadId, out _);

    private void Save(string[] ids)
    {
        if (_path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path + ".tmp", JsonSerializer.Serialize(ids, ForumJsonContext.Default.StringArray));
        File.Move(_path + ".tmp", _path, overwrite: true);
    }

    private static string[] Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ForumJsonContext.Default.StringArray) ?? [];
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            // A damaged file forgets which posts were answered; the nonce still stops a repeat within minutes.
            return [];
        }
    }
}
