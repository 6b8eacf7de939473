using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ArticleBot.Store;

/// <summary>A question the articles did not answer, with how often and where it was asked.</summary>
internal sealed record UnansweredQuestion(string Question, int Count, DateTimeOffset LastAsked, IReadOnlyList<string> Platforms)
{
    public string ToJson() => StoreReports.Json(writer =>
    {
        writer.WriteString("question", Question);
        writer.WriteNumber("count", Count);
        writer.WriteString("last_asked", LastAsked.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteStartArray("platforms");
        foreach (var platform in Platforms)
        {
            writer.WriteStringValue(platform);
        }

        writer.WriteEndArray();
    });
}

/// <summary>Readers' votes on one passage.</summary>
internal sealed record PassageFeedback(string Article, int Paragraph, int Helpful, int NotHelpful, IReadOnlyList<string> Comments)
{
    public string ToJson() => StoreReports.Json(writer =>
    {
        writer.WriteString("article", Article);
        writer.WriteNumber("paragraph", Paragraph);
        writer.WriteNumber("helpful", Helpful);
        writer.WriteNumber("not_helpful", NotHelpful);
        writer.WriteStartArray("comments");
        foreach (var comment in Comments)
        {
            writer.WriteStringValue(comment);
        }

        writer.WriteEndArray();
    });
}

/// <summary>
/// The report commands' queries. They run on their own connection beside the running bot's writer: in WAL mode a
/// reader sees the last committed batch and neither waits for the writer nor makes it wait.
/// </summary>
internal static class StoreReports
{
    /// <summary>Opens an existing store for reading, or returns null when there is none. Read-write rather than
    /// read-only: a WAL reader needs to update the shared-memory index file beside the database.</summary>
    public static SqliteConnection? Open(StoreOptions options)
    {
        if (!File.Exists(options.Path))
        {
            return null;
        }

        var connection = StoreDatabase.Open(options.Path, options.BusyTimeout, create: false);
        // A file from before a schema change (or a bot that never ran to the end of its start) is brought up to date
        // the same way the bot would.
        StoreDatabase.Migrate(connection);
        return connection;
    }

    /// <summary>Declined questions since <paramref name="since"/>, grouped by normalised text, most asked first.</summary>
    public static IReadOnlyList<UnansweredQuestion> Unanswered(SqliteConnection connection, DateTimeOffset since)
    {
        using var command = connection.CreateCommand();
        // Help replies are not declines (a blank question gets help), and are never recorded anyway.
        command.CommandText = """
            SELECT question, count(*) AS asked, max(asked_at), group_concat(DISTINCT platform)
            FROM questions
            WHERE answered = 0 AND asked_at >= $since
            GROUP BY question
            ORDER BY asked DESC, max(asked_at) DESC, question;
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        var rows = new List<UnansweredQuestion>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var platforms = reader.GetString(3).Split(',').Order(StringComparer.Ordinal).ToList();
            rows.Add(new UnansweredQuestion(reader.GetString(0), reader.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), platforms));
        }

        return rows;
    }

    /// <summary>Votes since <paramref name="since"/> per passage, the least helpful passages first, comments oldest first.</summary>
    public static IReadOnlyList<PassageFeedback> Feedback(SqliteConnection connection, DateTimeOffset since)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT article, paragraph, sum(helpful), sum(1 - helpful),
                   json_group_array(comment) FILTER (WHERE comment IS NOT NULL)
            FROM (SELECT * FROM feedback WHERE given_at >= $since ORDER BY given_at)
            GROUP BY article, paragraph
            ORDER BY sum(1 - helpful) DESC, sum(helpful), article, paragraph;
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        var rows = new List<PassageFeedback>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var comments = reader.IsDBNull(4) ? [] : ReadStrings(reader.GetString(4));
            rows.Add(new PassageFeedback(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), comments));
        }

        return rows;
    }

    internal static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps readers' accents and quotes readable in a terminal; the lines are never put in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<string> ReadStrings(string jsonArray)
    {
        using var document = JsonDocument.Parse(jsonArray);
        return document.RootElement.EnumerateArray().Select(element => element.GetString()!).ToList();
    }
}
