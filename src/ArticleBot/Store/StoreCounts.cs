using Microsoft.Data.Sqlite;

namespace ArticleBot.Store;

/// <summary>What the store keeps, in totals: questions asked and declined, readers' helpful and not-helpful votes
/// (within the retention window, so the totals can fall when old rows are pruned).</summary>
internal sealed record StoreCounts(long Questions, long Declined, long Helpful, long NotHelpful)
{
    /// <summary>Two aggregate queries; each reads one small index rather than the rows (about a millisecond for
    /// 100,000 rows), and in WAL mode neither waits for the writer.</summary>
    public static StoreCounts Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), coalesce(sum(answered = 0), 0) FROM questions;
            SELECT coalesce(sum(helpful), 0), coalesce(sum(1 - helpful), 0) FROM feedback;
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var questions = reader.GetInt64(0);
        var declined = reader.GetInt64(1);
        reader.NextResult();
        reader.Read();
        return new StoreCounts(questions, declined, reader.GetInt64(0), reader.GetInt64(1));
    }
}
