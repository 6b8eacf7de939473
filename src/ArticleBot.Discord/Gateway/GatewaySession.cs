namespace ArticleBot.Discord.Gateway;

/// <summary>What a RESUME needs: the session from READY and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public Uri? ResumeGatewayUrl { get; private set; }

    /// <summary>Last non-null <c>s</c>, kept from every dispatch including replays.</summary>
    public int? Sequence { get; private set; }

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Start(string sessionId, Uri resumeGatewayUrl)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeGatewayUrl;
    }

    public void Observe(int? sequence)
    {
        if (sequence is { } s)
        {
            Sequence = s;
        }
    }

    /// <summary>Takes up a session saved by an earlier process.</summary>
    public void Restore(string sessionId, Uri resumeGatewayUrl, int? sequence)
    {
        Start(sessionId, resumeGatewayUrl);
        Sequence = sequence;
    }

    /// <summary>Forgets everything; only a fresh IDENTIFY may follow.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Sequence = null;
    }
}
