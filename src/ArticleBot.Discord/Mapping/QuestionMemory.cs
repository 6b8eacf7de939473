using System.Collections.Concurrent;
using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Mapping;

/// <summary>
/// Remembers recent questions by a short key so buttons ("More results", "Share") fit Discord's 100-character
/// <c>custom_id</c> whatever the question's length. Bounded; a button on an answer older than the memory (or from
/// before a restart) says the answer has expired.
/// </summary>
internal sealed class QuestionMemory(int capacity)
{
    private readonly ConcurrentDictionary<string, RememberedQuestion> _questions = new();
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string key, RememberedQuestion question)
    {
        if (_questions.TryAdd(key, question))
        {
            _order.Enqueue(key);
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _questions.TryRemove(oldest, out _);
            }
        }
    }

    public RememberedQuestion? Recall(string key) => _questions.GetValueOrDefault(key);
}

/// <param name="ArticleIds">The channel's articles when it was asked, so "More results" keeps to them.</param>
internal sealed record RememberedQuestion(string Text, QuestionIntent? Intent, int Top, IReadOnlyList<string>? ArticleIds = null);
