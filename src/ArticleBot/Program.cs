using ArticleBot.CommandLine;

// Before any thread of the host's: glibc's heap limit holds only if set while few heaps exist (NativeHeap).
ArticleBot.Semantic.NativeHeap.BoundArenas();

// The whole composition is in ServeHost (the running bot) and ArticleBotCommands (the command line).
return await ArticleBotCommands.RunAsync(args, CliContext.Console());

/// <summary>The entry point, named so that tests can start the real host through WebApplicationFactory.</summary>
public partial class Program;
