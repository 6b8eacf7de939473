using System.CommandLine;
using ArticleBot.Core;
using ArticleBot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleBot.CommandLine;

/// <summary>
/// The command line: <c>articlebot</c> (the same as <c>serve</c>), <c>serve</c>, <c>index</c>, <c>ask</c>,
/// <c>quote</c>, <c>source</c>, <c>articles</c>, <c>eval</c>, <c>fit</c>, <c>report</c>. Errors a person can fix are printed as one line naming
/// what to change, with exit code 1 or 2, never as a stack trace.
/// </summary>
public static class ArticleBotCommands
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("ArticleBot answers questions about articles, with the passages and who said them.");
        // Serving passes options it does not know (--urls, --environment, the test host's --contentRoot) on to the host.
        var serve = new Command("serve", "Run the bot: chat platforms that have tokens, and the local web chat.") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((parse, cancellationToken) => ServeAsync(context, [.. parse.UnmatchedTokens], cancellationToken));
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => ServeAsync(context, [.. parse.UnmatchedTokens], cancellationToken));

        root.Subcommands.Add(serve);
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(QuestionCommands.Ask(context));
        root.Subcommands.Add(QuestionCommands.Quote(context));
        root.Subcommands.Add(SourceCommands.Source(context));
        root.Subcommands.Add(SourceCommands.Articles(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(FitCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await Build(context).Parse(args).InvokeAsync(configuration, cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            context.Error.WriteLine($"Invalid settings: {string.Join("; ", exception.Failures)}");
            return 1;
        }
        catch (ArticleBotException exception)
        {
            context.Error.WriteLine(exception.Message);
            return 1;
        }
        catch (InvalidOperationException exception) when (SettingsBindingError.Describe(exception) is { } message)
        {
            context.Error.WriteLine($"Invalid settings: {message}");
            return 1;
        }
    }

    private static async Task<int> ServeAsync(CliContext context, string[] hostArgs, CancellationToken cancellationToken)
    {
        var app = ServeHost.Build(context.Settings with { Args = hostArgs });
        await app.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }
}
