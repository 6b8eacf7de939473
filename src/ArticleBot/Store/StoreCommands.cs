using ArticleBot.Core.Feedback;
using Microsoft.Data.Sqlite;

namespace ArticleBot.Store;

/// <summary>The writer's two statements, prepared once per batch and bound per record.</summary>
internal static class StoreCommands
{
    public static SqliteCommand InsertQuestion(SqliteConnection connection) => Prepare(connection,
        """
        INSERT INTO questions (asked_at, question, intent, answered, article, paragraph, platform, channel, user_hash)
        VALUES ($at, $question, $intent, $answered, $article, $paragraph, $platform, $channel, $user);
        """,
        "$at", "$question", "$intent", "$answered", "$article", "$paragraph", "$platform", "$channel", "$user");

    /// <summary>One vote per user per answer (question, article, paragraph): a later vote replaces the earlier one.</summary>
    public static SqliteCommand UpsertFeedback(SqliteConnection connection) => Prepare(connection,
        """
        INSERT INTO feedback (user_hash, question, article, paragraph, helpful, comment, platform, given_at)
        VALUES ($user, $question, $article, $paragraph, $helpful, $comment, $platform, $at)
        ON CONFLICT (user_hash, question, article, paragraph) DO UPDATE SET
            helpful = excluded.helpful, comment = excluded.comment, platform = excluded.platform, given_at = excluded.given_at;
        """,
        "$user", "$question", "$article", "$paragraph", "$helpful", "$comment", "$platform", "$at");

    public static void Bind(SqliteCommand command, QuestionRecord record, UserHash users)
    {
        var origin = record.Origin;
        Set(command, "$at", record.At.ToUnixTimeMilliseconds());
        Set(command, "$question", QuestionText.Normalise(record.Text));
        Set(command, "$intent", record.Intent.ToString());
        Set(command, "$answered", record.Answered ? 1 : 0);
        Set(command, "$article", record.Article);
        Set(command, "$paragraph", record.Paragraph);
        Set(command, "$platform", origin.Platform);
        Set(command, "$channel", origin.ChannelId);
        Set(command, "$user", users.Of(origin.Platform, origin.UserId));
    }

    public static void Bind(SqliteCommand command, FeedbackRecord record, UserHash users)
    {
        AnswerFeedback vote = record.Feedback;
        var origin = vote.Origin;
        Set(command, "$user", users.Of(origin.Platform, origin.UserId) ?? "");
        Set(command, "$question", QuestionText.Normalise(vote.Question));
        Set(command, "$article", vote.ArticleId);
        Set(command, "$paragraph", vote.Paragraph);
        Set(command, "$helpful", vote.Helpful ? 1 : 0);
        Set(command, "$comment", string.IsNullOrWhiteSpace(vote.Comment) ? null : vote.Comment.Trim());
        Set(command, "$platform", origin.Platform);
        Set(command, "$at", record.At.ToUnixTimeMilliseconds());
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}
