namespace ArticleBot.Core.Indexing;

/// <summary>How far a build has come, for progress displays on long builds.</summary>
public readonly record struct IndexProgress(int FilesDone, int FilesTotal, long Paragraphs);
