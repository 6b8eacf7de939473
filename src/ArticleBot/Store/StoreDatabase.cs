using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ArticleBot.Store;

/// <summary>Opening the store's SQLite file, and bringing its schema up to date.</summary>
internal static class StoreDatabase
{
    /// <summary>Each step moves the schema one version up; a step is never edited once released, only appended.
    /// Times are Unix milliseconds (UTC), so ranges and retention are integer comparisons.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE store_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            asked_at INTEGER NOT NULL,
            question TEXT NOT NULL,
            intent TEXT NOT NULL,
            answered INTEGER NOT NULL,
            article TEXT,
            paragraph INTEGER,
            platform TEXT NOT NULL,
            channel TEXT,
            user_hash TEXT);
        CREATE INDEX questions_asked_at ON questions (asked_at);
        CREATE INDEX questions_unanswered ON questions (answered, question);
        CREATE TABLE feedback (
            user_hash TEXT NOT NULL,
            question TEXT NOT NULL,
            article TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            helpful INTEGER NOT NULL,
            comment TEXT,
            platform TEXT NOT NULL,
            given_at INTEGER NOT NULL,
            PRIMARY KEY (user_hash, question, article, paragraph));
        CREATE INDEX feedback_given_at ON feedback (given_at);
        """,
    ];

    public static int SchemaVersion => Migrations.Length;

    /// <summary>Opens the file for writing, creating it and its folder when <paramref name="create"/> is set.</summary>
    public static SqliteConnection Open(string path, TimeSpan busyTimeout, bool create)
    {
        if (create && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout, in whole seconds.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
            // One long-lived connection per writer; a pool would only keep a second handle open on the file.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>WAL mode (readers such as the report commands never block the writer, nor it them), then every
    /// migration the file has not had, in one immediate transaction so that two processes starting together do not
    /// both migrate. Returns the salt for user ids, made on first creation.</summary>
    public static byte[] Migrate(SqliteConnection connection)
    {
        // journal_mode cannot change inside a transaction; it is stored in the file, so this is a no-op after creation.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commits, which
        // for statistics is the right trade against an fsync per batch.
        Execute(connection, "PRAGMA synchronous = NORMAL;");

        // The common case (a file already up to date, and every report command) takes no write lock at all, so a report
        // never waits for the bot's writer.
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';") is 1L
            && Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version;")) == Migrations.Length
            && Scalar(connection, "SELECT value FROM store_meta WHERE key = 'user_salt';") is byte[] current)
        {
            return current;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var version = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version;"));
        if (version > Migrations.Length)
        {
            throw new InvalidOperationException($"The store has schema version {version}, newer than this program's {Migrations.Length}.");
        }

        for (var step = version; step < Migrations.Length; step++)
        {
            Execute(connection, Migrations[step]);
        }

        if (version < Migrations.Length)
        {
            Execute(connection, "DELETE FROM schema_version;");
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({Migrations.Length});");
        }

        if (Scalar(connection, "SELECT value FROM store_meta WHERE key = 'user_salt';") is not byte[] salt)
        {
            salt = RandomNumberGenerator.GetBytes(32);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO store_meta (key, value) VALUES ('user_salt', $salt);";
            insert.Parameters.AddWithValue("$salt", salt);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return salt;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
