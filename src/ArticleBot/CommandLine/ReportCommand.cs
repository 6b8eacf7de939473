using System.CommandLine;
using System.Globalization;
using ArticleBot.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ArticleBot.CommandLine;

/// <summary><c>report unanswered</c> and <c>report feedback</c>: what the store has kept, read beside a running bot.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("report", "Reports from the store: questions the articles did not answer, readers' feedback.");
        command.Subcommands.Add(Unanswered(context));
        command.Subcommands.Add(Feedback(context));
        return command;
    }

    private static Command Unanswered(CliContext context) => Create(
        context,
        "unanswered",
        "Questions the articles did not answer, grouped by their normalised text, most asked first.",
        (connection, since, json) =>
        {
            var rows = StoreReports.Unanswered(connection, since);
            foreach (var row in rows)
            {
                context.Output.WriteLine(json
                    ? row.ToJson()
                    : $"{row.Count,5}  {row.LastAsked.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {string.Join(",", row.Platforms),-14}  {row.Question}");
            }

            return rows.Count;
        },
        "No unanswered questions");

    private static Command Feedback(CliContext context) => Create(
        context,
        "feedback",
        "Readers' votes per passage, the least helpful first, with their comments.",
        (connection, since, json) =>
        {
            var rows = StoreReports.Feedback(connection, since);
            foreach (var row in rows)
            {
                if (json)
                {
                    context.Output.WriteLine(row.ToJson());
                    continue;
                }

                context.Output.WriteLine($"{row.Article} ¶{row.Paragraph}: {row.Helpful} helpful, {row.NotHelpful} not helpful");
                foreach (var comment in row.Comments)
                {
                    context.Output.WriteLine($"    “{comment}”");
                }
            }

            return rows.Count;
        },
        "No feedback");

    private static Command Create(CliContext context, string name, string description, Func<SqliteConnection, DateTimeOffset, bool, int> report, string none)
    {
        var days = new Option<int?>("--days") { Description = "Only the last N days (default: everything the store keeps)." };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 3650)
            {
                result.AddError("--days must be between 1 and 3650.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line." };
        var command = new Command(name, description) { days, json };
        command.SetAction((parse, _) =>
        {
            using var services = context.BuildCoreServices();
            var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
            using var connection = StoreReports.Open(options);
            if (connection is null)
            {
                context.Error.WriteLine($"There is no store at {options.Path}: the bot keeps one while {StoreOptions.Section}:Enabled is true (the default), from its first start.");
                return Task.FromResult(1);
            }

            var window = parse.GetValue(days);
            var since = window is { } n ? (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().AddDays(-n) : DateTimeOffset.UnixEpoch;
            var asJson = parse.GetValue(json);
            if (report(connection, since, asJson) == 0 && !asJson)
            {
                context.Output.WriteLine(window is { } d ? $"{none} in the last {d} days." : $"{none}.");
            }

            context.Output.Flush();
            return Task.FromResult(0);
        });
        return command;
    }
}
