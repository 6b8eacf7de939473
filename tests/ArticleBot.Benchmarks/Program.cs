using ArticleBot.Benchmarks;
using ArticleBot.Benchmarks.Harness;
using BenchmarkDotNet.Running;

// Whole-run figures (percentiles, build rates, memory) come from the commands below; per-call allocations from
// BenchmarkDotNet ("bdn"). Every figure in BENCHMARKS.md names the command that produced it.
var command = args.FirstOrDefault() ?? "help";
var rest = new Options(args.Skip(1).ToArray());
return command switch
{
    "corpus" => CorpusCommand.Run(rest),
    "answer" => AnswerCommand.Run(rest),
    "hybrid" => HybridCommand.Run(rest),
    "encode" => EncodeCommand.Run(rest),
    "model-load" => ModelLoadCommand.Run(rest),
    "long-paragraph" => LongParagraphCommand.Run(rest),
    "vectors" => VectorsCommand.Run(rest),
    "build" => BuildCommand.Run(rest),
    "breakdown" => BreakdownCommand.Run(rest),
    "allocations" => AllocationsCommand.Run(rest),
    "chat" => await ArticleBot.Benchmarks.Chat.ChatCommand.RunAsync(rest),
    "web-host" => ArticleBot.Benchmarks.Web.WebHostCommand.Run(rest),
    "build-stages" => BuildStagesCommand.Run(rest),
    "index-dump" => IndexDumpCommand.Run(rest),
    "soak" => await ArticleBot.Benchmarks.Soak.SoakCommand.RunAsync(rest),
    "bdn" => BdnCommand(args.Skip(1).ToArray()),
    _ => Help(),
};

static int BdnCommand(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SeedBenchmarks).Assembly).Run(args, SeedBenchmarks.Config());
    return 0;
}

static int Help()
{
    Console.WriteLine("""
        ArticleBot benchmarks (see BENCHMARKS.md)
          corpus --paragraphs 100000 --out /tmp/ab-corpus-100k     generate a corpus (fixed seed)
          answer [--articles DIR --index DIR --questions FILE] [--rounds N] [--memory-questions N]
          hybrid [--articles DIR --index DIR --questions FILE] [--rounds N] [--threads N] [--fp32]   figure 7: the model beside its parts
          encode [--questions FILE] [--rounds N] [--threads N] [--batch N] [--agreement DIR [--squad FILE] [--fp32-cache BIN] [--int8-cache BIN]]   the model's own cost per question, by setting, fp32 and int8
          long-paragraph [--times 6] [--mode index|encode] [--new-thread] [--ask-seconds S] [--threads N]   issue 14: memory after each 180 KB paragraph's build
          model-load [--rounds 5]                                    the model's session made from the package or a saved optimised graph
          vectors [--rows 1000000] [--base VECTORS.bin] [--noise X] [--questions FILE] [--k 20] [--real-only]   the int8 store at scale, recall vs fp32
          allocations [--articles DIR --index DIR --questions FILE] [--rounds N]   sampled allocation types per answer
          build --articles DIR [--only plain|full] [--repeat N]
          chat [--platform discord,slack] [--messages 1000] [--channels 1] [--answerer seed|replay] figure 5: bursts through the fake platforms
          web-host --url http://127.0.0.1:PORT [--answerer replay|real]   the web host for benchmarks/web-load.sh
          build-stages --articles DIR [--take FILES]                time and allocation of each build stage
          index-dump --index DIR --out FILE                         an index as sorted text (same build, same dump)
          soak [--minutes 30] [--warmup-minutes N] [--rate 4] [--bot DLL] [--bot-env K=V,…] [--gcdump-at 4,30] [--bad-kinds 0,1,2,3] [--keep]   issue 14: the bot process under questions, edits and faults
          bdn --filter '*'                                         BenchmarkDotNet with MemoryDiagnoser
        """);
    return 1;
}
