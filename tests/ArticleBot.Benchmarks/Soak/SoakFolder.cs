using System.Security.Cryptography;
using ArticleBot.Benchmarks.Harness;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// The soak's own copy of the bot's folder under /tmp: the repository's appsettings.json, the seed article and two
/// fixture articles, the synonyms, and an index and store of its own. One article is edited every minute (a
/// paragraph that names the minute, so an edit can be seen being served) and a bad article comes and goes.
/// </summary>
internal sealed class SoakFolder : IDisposable
{
    public const string EditedId = "harbor-bridge";
    public const string BadId = "soak-bad-article";

    private readonly string _edited;
    private readonly string _editedOriginal;
    private readonly Dictionary<string, string> _untouched = [];

    public SoakFolder()
    {
        Root = Directory.CreateTempSubdirectory("articlebot-soak-").FullName;
        var repo = RepoRoot.Find();
        Articles = Path.Combine(Root, "index", "articles");
        Directory.CreateDirectory(Articles);
        File.Copy(Path.Combine(repo, "appsettings.json"), Path.Combine(Root, "appsettings.json"));
        File.Copy(Path.Combine(repo, "index", "synonyms.txt"), Path.Combine(Root, "index", "synonyms.txt"));
        foreach (var article in new[] { Path.Combine(repo, "index", "articles", "deepseek-liang-wenfeng.md"), Fixture(repo, "harbor-bridge.md"), Fixture(repo, "kestrel-bay-cup-final.html") })
        {
            File.Copy(article, Path.Combine(Articles, Path.GetFileName(article)));
        }

        _edited = Path.Combine(Articles, EditedId + ".md");
        _editedOriginal = File.ReadAllText(_edited);
        foreach (var file in Directory.GetFiles(Articles).Where(file => file != _edited))
        {
            _untouched[file] = Hash(file);
        }
    }

    public string Root { get; }

    public string Articles { get; }

    public string StorePath => Path.Combine(Root, "index", ".state", "articlebot.db");

    /// <summary>Left on disk at the end (unless a run passed without <c>--keep</c>), for its log, store and index.</summary>
    public bool Keep { get; set; } = true;

    public string LogPath => Path.Combine(Root, "bot.log");

    /// <summary>The sentence the edit of minute <paramref name="minute"/> puts in the edited article's last paragraph.</summary>
    public static string EditMarker(int minute) => $"In soak minute {minute} the harbour master counted {minute * 7 + 3} gulls on the bridge.";

    /// <summary>Rewrites the edited article as a tool would (a new file moved over the old one), its last paragraph
    /// naming the minute.</summary>
    public void Edit(int minute)
    {
        var temporary = _edited + ".tmp";
        File.WriteAllText(temporary, _editedOriginal.TrimEnd() + "\n\n" + EditMarker(minute) + "\n");
        File.Move(temporary, _edited, overwrite: true);
    }

    /// <summary>A bad article of one of several kinds: bytes that are not UTF-8, an empty file, a front matter that never
    /// closes, or a paragraph far past the paragraph limit.</summary>
    public string AddBadArticle(int kind)
    {
        var path = Path.Combine(Articles, BadId + ".md");
        switch (kind % 4)
        {
            case 0:
                File.WriteAllBytes(path, [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28, 0xFF, 0xFE, 0x0A, 0x80, 0x81]);
                return "not UTF-8";
            case 1:
                File.WriteAllBytes(path, []);
                return "empty";
            case 2:
                File.WriteAllText(path, "---\ntitle: Never closed\nauthor: Nobody\n\nThe front matter above has no closing line.\n");
                return "front matter not closed";
            default:
                File.WriteAllText(path, OneLongParagraph);
                return "one 180 KB paragraph";
        }
    }

    /// <summary>The 180 KB one-paragraph article (the long-paragraph probe writes the same).</summary>
    public static string OneLongParagraph { get; } =
        "---\ntitle: One long paragraph\n---\n\n" + string.Join(' ', Enumerable.Repeat("A sentence that goes on and on about nothing in particular.", 3_000)) + "\n";

    public void RemoveBadArticle() => File.Delete(Path.Combine(Articles, BadId + ".md"));

    /// <summary>Articles the soak never wrote, changed by anyone (the bot must never write to the articles folder).</summary>
    public IReadOnlyList<string> ChangedArticles() =>
        _untouched.Where(pair => !File.Exists(pair.Key) || Hash(pair.Key) != pair.Value).Select(pair => Path.GetFileName(pair.Key)).ToList();

    public void Dispose()
    {
        if (Keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning; the log is worth keeping when a run failed anyway.
        }
    }

    private static string Fixture(string repo, string file) => Path.Combine(repo, "tests", "fixtures", "articles", file);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
