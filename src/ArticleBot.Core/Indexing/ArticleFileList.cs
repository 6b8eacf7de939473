using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The article files of the articles folder: regular files only, found without following links. Git keeps symbolic
/// links, so one committed link (<c>passwd.md → /etc/passwd</c>) or linked folder would otherwise publish any file
/// the bot can read through the paragraph API (issue 14). A link is skipped with a reason naming it.
/// </summary>
internal static class ArticleFileList
{
    // Not recursive: the walk below decides which folders to enter, so a linked one is never entered.
    // Hidden entries are kept (a dot folder is still walked, as before); dot files are dropped by name below.
    private static readonly EnumerationOptions OneFolder = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The article files in ordinal order, and a reason for each link that was skipped.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Skipped) Of(string articlesPath)
    {
        var files = new List<string>();
        var skipped = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(articlesPath)]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos("*", OneFolder))
            {
                var isArticle = entry is FileInfo && ArticleFileReader.IsArticleFile(entry.Name) && !entry.Name.StartsWith('.');
                if (IsLink(entry))
                {
                    if (entry is DirectoryInfo)
                    {
                        skipped.Add($"The folder {entry.FullName} is a symbolic link to {entry.LinkTarget}; only folders inside the articles folder are read, so it is skipped.");
                    }
                    else if (isArticle)
                    {
                        skipped.Add($"The article {entry.FullName} is a symbolic link to {entry.LinkTarget}; only regular files inside the articles folder are read, so it is skipped.");
                    }
                }
                else if (entry is DirectoryInfo directory)
                {
                    pending.Push(directory);
                }
                else if (isArticle)
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        skipped.Sort(StringComparer.Ordinal);
        return (files, skipped);
    }

    /// <summary>A symbolic link (Unix) or a reparse point (a Windows symlink or junction), dangling or not.</summary>
    public static bool IsLink(FileSystemInfo entry) => entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
}
