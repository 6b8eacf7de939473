using System.Text;
using AngleSharp.Html.Parser;

namespace ArticleBot.Core.Articles;

/// <summary>
/// Reads one article file: <c>.md</c> with front matter (paragraphs are blocks separated by blank lines),
/// <c>.txt</c> (each non-empty line a paragraph; optional sidecar <c>name.meta</c> with <c>key: value</c> lines),
/// or <c>.html</c> (the story's paragraphs without the page's furniture, see <see cref="HtmlStoryBody"/>). It only ever opens files for reading.
/// </summary>
public static class ArticleFileReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".txt", ".html", ".htm" };

    public const string SidecarExtension = ".meta";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsArticleFile(string path) => Extensions.Contains(System.IO.Path.GetExtension(path));

    /// <summary>Reads an article; throws <see cref="ArticleBotException"/> naming the file when it cannot be used.</summary>
    public static ArticleSource Read(string path, ArticleLimits? limits = null)
    {
        limits ??= ArticleLimits.Default;
        var id = IdFor(path);
        var text = ReadText(path, limits.MaxBytes);
        var source = System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" => ReadMarkdown(id, path, text),
            ".txt" => ReadPlainText(id, path, text, limits.MaxBytes),
            _ => ReadHtml(id, path, text),
        };

        if (source.Paragraphs.Count == 0)
        {
            throw new ArticleBotException($"The article {path} has no paragraphs; add text to it or remove it from the articles folder.");
        }

        var warnings = source.Warnings.ToList();
        var metadata = source.Metadata.Bounded(path, warnings);
        var paragraphs = ParagraphLimit.Apply(source.Paragraphs, limits.MaxParagraphLength, path, warnings);
        return source with { Metadata = metadata, Paragraphs = paragraphs, Warnings = warnings };
    }

    /// <summary>An article's id is its file name, lower-cased, so links stay stable across rebuilds.</summary>
    public static string IdFor(string path) => System.IO.Path.GetFileNameWithoutExtension(path).ToLowerInvariant();

    private static string ReadText(string path, long maxBytes)
    {
        // The folder walk already skips links; this keeps any other caller (and a file swapped for a link since the
        // walk) from reading outside the articles folder through one.
        if (IsLink(path))
        {
            throw new ArticleBotException($"The article {path} is a symbolic link; only regular files are read, so it is skipped.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxBytes)
            {
                throw TooLarge(path, maxBytes);
            }

            // Read in chunks and count: a file still being appended to must not be read past the limit either.
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            var text = new StringBuilder((int)Math.Min(stream.Length, maxBytes));
            var buffer = new char[16 * 1024];
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                if (stream.Position > maxBytes)
                {
                    throw TooLarge(path, maxBytes);
                }

                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleBotException($"The article {path} is not UTF-8 text; save it as UTF-8.");
        }
        catch (IOException exception)
        {
            throw new ArticleBotException($"The article {path} could not be read: {exception.Message}", innerException: exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new ArticleBotException($"The article {path} is not readable by the bot: {exception.Message}", innerException: exception);
        }
    }

    private static ArticleBotException TooLarge(string path, long maxBytes) =>
        new($"The article {path} is larger than ArticleBot:Index:MaxArticleBytes ({maxBytes:N0} bytes); it is skipped. Split it, or raise the limit.");

    private static ArticleSource ReadMarkdown(string id, string path, string text)
    {
        var warnings = new List<string>();
        var (fields, lines, bodyStart) = FrontMatter.SplitLines(text, path, warnings);
        var metadata = ArticleMetadata.FromFields(fields, path, warnings);
        var paragraphs = new List<Paragraph>();
        var block = new List<string>();

        void Flush()
        {
            if (block.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count + 1, string.Join(' ', block)));
                block.Clear();
            }
        }

        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                // A top-level heading is the article's own title; it is not a paragraph to cite.
                Flush();
                metadata = metadata.Title is null ? metadata with { Title = line[2..].Trim() } : metadata;
            }
            else
            {
                block.Add(line.Trim());
            }
        }

        Flush();
        return new ArticleSource(id, path, metadata, paragraphs) { Warnings = warnings };
    }

    private static ArticleSource ReadPlainText(string id, string path, string text, long maxBytes)
    {
        var warnings = new List<string>();
        var sidecar = System.IO.Path.ChangeExtension(path, SidecarExtension);
        var metadata = ArticleMetadata.Empty;
        if (File.Exists(sidecar) && IsLink(sidecar))
        {
            warnings.Add($"The metadata file {sidecar} is a symbolic link; it is not read, so {path} has no metadata.");
        }
        else if (File.Exists(sidecar))
        {
            metadata = ArticleMetadata.FromFields(FrontMatter.ParseFields(ReadText(sidecar, maxBytes).Split('\n'), 1, sidecar, warnings), sidecar, warnings);
        }

        var paragraphs = text.Split('\n')
            .Select(line => line.TrimEnd('\r').Trim())
            .Where(line => line.Length > 0)
            .Select((line, index) => new Paragraph(index + 1, line))
            .ToList();
        return new ArticleSource(id, path, metadata, paragraphs) { Warnings = warnings };
    }

    private static ArticleSource ReadHtml(string id, string path, string text)
    {
        var warnings = new List<string>();
        var document = new HtmlParser().ParseDocument(text);
        var paragraphs = HtmlStoryBody.Paragraphs(document)
            .Select((line, index) => new Paragraph(index + 1, line))
            .ToList();
        return new ArticleSource(id, path, HtmlPageMetadata.Of(document, path, warnings), paragraphs) { Warnings = warnings };
    }

    // A missing file's attributes are all bits set (-1), reparse point included: it is missing, not a link, and
    // opening it says so.
    private static bool IsLink(string path) =>
        new FileInfo(path) is var info && (info.LinkTarget is not null || (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint)));
}
