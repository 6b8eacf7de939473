using System.Globalization;

namespace ArticleBot.Hosting.Edge;

/// <summary>
/// How many connections Kestrel may hold at once when <c>ArticleBot:Web:MaxConcurrentConnections</c> is unset: a
/// share of the process's open-file limit. With no limit, idle connections past the file limit made the process
/// print "Out of memory." and abort (issue 14); under the limit Kestrel closes new connections at once and recovers
/// when the old ones go.
/// </summary>
internal static class ConnectionLimits
{
    /// <summary>Files kept back for the index (Lucene opens several per segment), logs and outgoing sockets.</summary>
    public const int Reserved = 256;

    /// <summary>Enough for any one person or small team on a chat bot; a larger deployment sets the limit itself.</summary>
    public const int Ceiling = 10_000;

    public const int Floor = 16;

    public static long FromFileLimit(long? openFiles) =>
        openFiles is { } files ? Math.Clamp((files - Reserved) * 3 / 4, Floor, Ceiling) : Ceiling;

    /// <summary>The soft "Max open files" limit from <c>/proc/self/limits</c> (what <c>ulimit -n</c> shows), or null
    /// where there is no such file or the limit is "unlimited".</summary>
    public static long? OpenFileLimit(string limitsFile = "/proc/self/limits")
    {
        try
        {
            return File.Exists(limitsFile) ? ParseOpenFiles(File.ReadAllLines(limitsFile)) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the line <c>Max open files   1024   1048576   files</c>: the first number is the soft limit.</summary>
    public static long? ParseOpenFiles(IEnumerable<string> lines)
    {
        const string name = "Max open files";
        foreach (var line in lines)
        {
            if (!line.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var soft = line[name.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return long.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        return null;
    }
}
