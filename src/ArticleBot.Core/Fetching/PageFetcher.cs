using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Fetching;

/// <summary>A page as fetched: the address it was finally read from (after redirects) and its HTML.</summary>
internal sealed record FetchedPage(Uri Address, string Html);

/// <summary>
/// Fetches one web page for <c>articlebot add</c>, over http or https only, within <see cref="FetchOptions"/>: the
/// redirects are followed here, one hop at a time, so each new address has its scheme checked and counts against
/// the limit; every connection, the first and each after a redirect, resolves the host and refuses it when any of
/// its addresses is not public (<see cref="AddressPolicy"/>), then connects to an address it checked (so a name
/// that resolves again differently cannot slip past); one timeout covers the whole fetch; and the body is read
/// only up to the size cap. Failures are <see cref="ArticleBotException"/>s whose message says what was wrong.
/// </summary>
internal sealed partial class PageFetcher : IDisposable
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    private readonly IOptions<FetchOptions> _options;
    private readonly ILogger<PageFetcher> _logger;
    private readonly Func<IPAddress, string?> _refusal;
    private readonly Lazy<HttpClient> _client;

    [ActivatorUtilitiesConstructor]
    public PageFetcher(IOptions<FetchOptions> options, ILogger<PageFetcher> logger)
        : this(options, logger, AddressPolicy.Refusal)
    {
    }

    /// <param name="refusal">Why an address is refused (null: allowed); tests pass their own, to refuse one loopback
    /// address and not another.</param>
    public PageFetcher(IOptions<FetchOptions> options, ILogger<PageFetcher> logger, Func<IPAddress, string?> refusal)
    {
        _options = options;
        _logger = logger;
        _refusal = refusal;
        _client = new(() => CreateClient(options.Value, _refusal));
    }

    public async Task<FetchedPage> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var current = address;
        for (var redirects = 0; ; redirects++)
        {
            CheckScheme(current, address);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= settings.MaxRedirects)
                    {
                        throw new ArticleBotException($"{address} was not fetched: it redirects more than {settings.MaxRedirects} times (ArticleBot:Fetch:MaxRedirects).");
                    }

                    var next = new Uri(current, location);
                    LogRedirect(_logger, current, next);
                    current = next;
                    continue;
                }

                CheckStatus(response, address);
                var html = await ReadAsync(response, address, settings.MaxBytes, timeout.Token);
                return new FetchedPage(current, html);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ArticleBotException($"{address} was not fetched: no complete answer within {settings.Timeout.TotalSeconds:0.#} s (ArticleBot:Fetch:Timeout).");
            }
            catch (HttpRequestException exception) when (exception.InnerException is ArticleBotException refused)
            {
                throw new ArticleBotException($"{address} is not allowed: {refused.Message}; set ArticleBot:Fetch:AllowPrivateAddresses to fetch from such addresses.", innerException: exception);
            }
            catch (HttpRequestException exception) when (exception.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
            {
                throw new ArticleBotException($"{address} was not found: there is no host named {current.Host}.", innerException: exception);
            }
            catch (HttpRequestException exception)
            {
                throw new ArticleBotException($"{address} was not fetched: {exception.Message}", innerException: exception);
            }
        }
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static void CheckScheme(Uri current, Uri requested)
    {
        if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
        {
            var what = current == requested ? "it" : $"it redirects to {current}, which";
            throw new ArticleBotException($"{requested} is not allowed: {what} is not an http or https link.");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static void CheckStatus(HttpResponseMessage response, Uri requested)
    {
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            throw new ArticleBotException($"{requested} was not found: the site answered {(int)response.StatusCode} ({response.ReasonPhrase}).");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ArticleBotException($"{requested} was not fetched: the site answered {(int)response.StatusCode} ({response.ReasonPhrase}).");
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is null || !HtmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArticleBotException($"{requested} is not an article: it is {(type is null ? "of no stated type" : type)}, not a web page.");
        }
    }

    /// <summary>The body, decoded by its declared charset (UTF-8 when none or unknown), refused once it passes
    /// <paramref name="maxBytes"/>: a Content-Length is not trusted, the bytes are counted.</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response, Uri requested, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(requested, maxBytes);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                throw TooLarge(requested, maxBytes);
            }

            body.Write(buffer, 0, read);
        }

        return Encoding(response.Content.Headers.ContentType).GetString(body.GetBuffer(), 0, (int)body.Length);
    }

    private static Encoding Encoding(MediaTypeHeaderValue? type)
    {
        try
        {
            return type?.CharSet is { Length: > 0 } charset ? System.Text.Encoding.GetEncoding(charset.Trim('"')) : System.Text.Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            return System.Text.Encoding.UTF8;
        }
    }

    private static ArticleBotException TooLarge(Uri requested, int maxBytes) =>
        new($"{requested} is too large: the page is over {maxBytes:N0} bytes (ArticleBot:Fetch:MaxBytes).");

    private static HttpClient CreateClient(FetchOptions settings, Func<IPAddress, string?> refusal)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by FetchAsync, hop by hop, so each is checked.
            AllowAutoRedirect = false,
            // A proxy would be the one connecting, and the address check below would judge the proxy instead.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, settings.AllowPrivateAddresses ? _ => null : refusal, cancellationToken),
        };
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ArticleBot", "1.0"));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9");
        return client;
    }

    /// <summary>Resolves the host, refuses it when any of its addresses is not public (unless allowed), and connects
    /// to the checked addresses in turn.</summary>
    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, Func<IPAddress, string?> refusal, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        if (addresses.Select(address => (Address: address, Why: refusal(address))).FirstOrDefault(pair => pair.Why is not null) is { Why: { } why } refused)
        {
            // FetchAsync words it with the link as given, which this callback does not know.
            throw new ArticleBotException($"{endpoint.Host} is {why} ({refused.Address})");
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{From} redirects to {To}")]
    private static partial void LogRedirect(ILogger logger, Uri from, Uri to);
}
