namespace ArticleBot.Testing;

/// <summary>One place that builds JSON (<see cref="JsonBuildingScan"/>): its source file and line, the type and
/// method it is compiled into (a lambda's or async method's outermost type), and what it calls.</summary>
public sealed record JsonBuildingSite(string Document, int Line, Type Type, string Method, string What)
{
    /// <summary>Whether the source file is in a folder <paramref name="folder"/> of the project folder
    /// <paramref name="project"/> (path segments, so it holds wherever the repository is checked out).</summary>
    public bool IsIn(string project, string folder)
    {
        var segments = Document.Split('/', '\\');
        var at = Array.LastIndexOf(segments, project);
        return at >= 0 && at + 1 < segments.Length - 1 && segments[at + 1] == folder;
    }

    public override string ToString() => $"{Document}:{Line} {Type.Name}.{Method} builds {What}";
}
