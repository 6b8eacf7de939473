using ArticleBot.CommandLine;

// The whole composition is in ServeHost (the running bot) and ArticleBotCommands (the command line).
return await ArticleBotCommands.RunAsync(args, CliContext.Console(args));

/// <summary>The entry point, named so that tests can start the real host through WebApplicationFactory.</summary>
public partial class Program;
