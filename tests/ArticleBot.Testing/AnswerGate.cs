namespace ArticleBot.Testing;

/// <summary>
/// Holds every answer of a <see cref="FakeQuestionAnswerer"/> until released, so a test can stop the bot while a
/// reply is in flight and check that it is still delivered.
/// </summary>
public sealed class AnswerGate : IDisposable
{
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);

    private readonly ManualResetEventSlim _answering = new();
    private readonly ManualResetEventSlim _release = new();

    private AnswerGate()
    {
    }

    public static AnswerGate Hold(FakeQuestionAnswerer answerer)
    {
        var gate = new AnswerGate();
        var reply = answerer.Reply;
        answerer.Reply = question =>
        {
            gate._answering.Set();
            gate._release.Wait(MaxHold);
            return reply(question);
        };
        return gate;
    }

    /// <summary>True once a question has reached the answerer (and is being held).</summary>
    public bool WaitUntilAnswering(TimeSpan timeout) => _answering.Wait(timeout);

    public void Release() => _release.Set();

    /// <summary>Lets every held answer go. The events are not disposed: an answer thread may still touch them.</summary>
    public void Dispose() => _release.Set();
}
