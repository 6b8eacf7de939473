using System.CommandLine;
using ArticleBot.Core;
using ArticleBot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleBot.CommandLine;

/// <summary>
/// The command line: <c>articlebot</c> (the same as <c>serve</c>), <c>serve</c>, <c>index</c>, <c>ask</c>,
/// <c>quote</c>, <c>source</c>, <c>articles</c>, <c>eval</c>, <c>fit</c>, <c>report</c>, <c>add</c>, <c>remove</c>, <c>discord register</c>. Errors a person can fix are printed as one line naming
/// what to change, with exit code 1 or 2, never as a stack trace.
/// </summary>
public static class ArticleBotCommands
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("ArticleBot answers questions about articles, with the passages and who said them.");
        // Serving passes options it does not know (--urls, --environment, the test host's --contentRoot) on to the host.
        var servePort = PortOption();
        var serve = new Command("serve", "Run the bot: chat platforms that have tokens, and the local web chat.") { servePort };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((parse, cancellationToken) => ServeAsync(context, [.. parse.UnmatchedTokens], parse.GetValue(servePort), cancellationToken));
        var rootPort = PortOption();
        root.Options.Add(rootPort);
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => ServeAsync(context, [.. parse.UnmatchedTokens], parse.GetValue(rootPort), cancellationToken));

        root.Subcommands.Add(serve);
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(QuestionCommands.Ask(context));
        root.Subcommands.Add(QuestionCommands.Quote(context));
        root.Subcommands.Add(ChatCommand.Create(context));
        root.Subcommands.Add(SourceCommands.Source(context));
        root.Subcommands.Add(SourceCommands.Articles(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(FitCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(DiscordCommand.Create(context));
        root.Subcommands.Add(LinkCommands.Add(context));
        root.Subcommands.Add(LinkCommands.Remove(context));
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

    private static Option<int?> PortOption()
    {
        var port = new Option<int?>("--port") { Description = "Listen on this port (on the address of ArticleBot:Web:Url, loopback by default)." };
        port.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        return port;
    }

    private static async Task<int> ServeAsync(CliContext context, string[] hostArgs, int? port, CancellationToken cancellationToken)
    {
        var app = ServeHost.Build(context.Settings with { Args = hostArgs, Port = port });
        try
        {
            await app.RunAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            // Kestrel's "Failed to bind to address http://127.0.0.1:5080: address already in use." names the address
            // and the reason; a stack trace would add nothing a person can act on.
            context.Error.WriteLine($"Cannot start the web server: {exception.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && Environment.ExitCode != 0)
        {
            // A fatal adapter fault stopped the host while it was still starting: the fault is already logged with
            // the key to fix, and the start that was cut short is not a second error.
        }

        return Environment.ExitCode;
    }
}
