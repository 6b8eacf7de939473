namespace ArticleBot.Hosting;

/// <summary>Where the web server listens, from <c>ArticleBot:Web:Url</c> and <c>serve --port</c>.</summary>
internal static class ListenUrls
{
    /// <summary>Each of the <c>;</c>-separated <paramref name="urls"/> with its port replaced by <paramref name="port"/>
    /// when one is given, so <c>--port</c> keeps the configured scheme and interface (loopback by default).</summary>
    public static string WithPort(string urls, int? port)
    {
        if (port is null)
        {
            return urls;
        }

        var each = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            // One that does not parse is left as it is, for the settings check to name it.
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri)
                ? new UriBuilder(uri) { Port = port.Value }.Uri.GetLeftPart(UriPartial.Authority)
                : url);
        return string.Join(';', each);
    }
}
