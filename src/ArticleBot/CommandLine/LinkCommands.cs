using System.CommandLine;
using ArticleBot.Core.Commands;
using ArticleBot.Core.Fetching;

namespace ArticleBot.CommandLine;

/// <summary><c>add URL</c> and <c>remove ID</c>: articles added from a link, kept in the folder of fetched articles
/// (<c>ArticleBot:Index:FetchedPath</c>) and indexed beside the articles folder, which neither ever writes.</summary>
internal static class LinkCommands
{
    public static Command Add(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "The http or https link of the article's page." };
        var command = new Command(ChatCommands.Add.Name, ChatCommands.Add.Description + ".") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.BuildCoreServices();
            var added = await services.GetRequiredService<ArticleLinks>().AddAsync(parse.GetValue(url)!, cancellationToken);
            var title = added.Metadata.DisplayTitle(added.Id);
            context.Output.WriteLine($"{(added.Replaced ? "Updated" : "Added")} [{added.Id}] {title}: {added.Paragraphs} paragraphs, in {added.Path}");
            context.Output.WriteLine("A running bot answers from it within seconds; otherwise it is indexed at the next start (or `articlebot index`).");
            return 0;
        });
        return command;
    }

    public static Command Remove(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The id of an added article (as `articlebot articles` lists it)." };
        var command = new Command(ChatCommands.Remove.Name, ChatCommands.Remove.Description + ".") { id };
        command.SetAction(parse =>
        {
            using var services = context.BuildCoreServices();
            var path = services.GetRequiredService<ArticleLinks>().Remove(parse.GetValue(id)!);
            context.Output.WriteLine($"Removed {path}; a running bot stops answering from it within seconds.");
            return 0;
        });
        return command;
    }
}
