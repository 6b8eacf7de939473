using ArticleBot.Benchmarks.Harness;
using ArticleBot.Benchmarks.Soak;
using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Issue 14's probe: the soak's 180 KB one-paragraph article added and removed N times on a real index with the
/// model, as the soak's bad-article fault does, printing after each build where the process's own memory is (RssAnon,
/// the GC's committed and fragmented bytes, glibc's heaps and arenas). <c>--mode encode</c> encodes only that
/// article's texts, in the batches a build uses, without the index; <c>--new-thread</c> runs each build on a thread of
/// its own, as the host's rebuilds come on whatever thread-pool thread is free.
/// </summary>
internal static class LongParagraphCommand
{
    public static int Run(Options options)
    {
        var times = options.Int("times", 6);
        var threads = options.Int("threads", new SemanticOptions().Threads);
        var newThread = options.Flag("new-thread");
        var askSeconds = options.Int("ask-seconds", 0);
        var questions = RepoRoot.DevQuestions();
        var folder = Directory.CreateTempSubdirectory("articlebot-long-paragraph-");
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder.FullName, "articles")).FullName;
            foreach (var file in Directory.GetFiles(RepoRoot.SeedArticles))
            {
                File.Copy(file, Path.Combine(articles, Path.GetFileName(file)));
            }

            using var encoder = new ArcticXsEncoder(Microsoft.Extensions.Options.Options.Create(new SemanticOptions { Threads = threads }));
            var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance);
            using var bot = new Bot(articles, Path.Combine(folder.FullName, "index"), semantic: semantic);
            bot.Index.EnsureCurrent();
            bot.Answerer.WarmUp();
            Console.WriteLine($"start ({threads} threads): {NativeMemory.Line()}");
            var longArticle = Path.Combine(articles, "one-long-paragraph.md");
            var texts = LongArticleTexts(bot, longArticle);
            Console.WriteLine($"the article: {texts.Count} distinct texts to encode, {texts.Max(text => text.Length)} characters the longest");

            for (var i = 1; i <= times; i++)
            {
                if (options.Get("mode") == "encode")
                {
                    Run(newThread, () =>
                    {
                        foreach (var batch in texts.Chunk(16))
                        {
                            encoder.EncodePassages(batch);
                        }
                    });
                    Console.WriteLine($"{i}: encoded: {NativeMemory.Line()}");
                    continue;
                }

                File.WriteAllText(longArticle, SoakFolder.OneLongParagraph);
                Run(newThread, () => bot.Index.EnsureCurrent());
                Console.WriteLine($"{i}: added:   {NativeMemory.Line()}");
                if (askSeconds > 0)
                {
                    Ask(bot, questions, askSeconds);
                    Console.WriteLine($"{i}: asked:   {NativeMemory.Line()}");
                }

                File.Delete(longArticle);
                Run(newThread, () => bot.Index.EnsureCurrent());
                Console.WriteLine($"{i}: removed: {NativeMemory.Line()}");
                if (askSeconds > 0)
                {
                    Ask(bot, questions, askSeconds);
                    Console.WriteLine($"{i}: asked:   {NativeMemory.Line()}");
                }

            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The article's paragraphs (as the reader splits the long one) and their sentences, as the vectors'
    /// build gathers them: one text per distinct string.</summary>
    private static List<string> LongArticleTexts(Bot bot, string longArticle)
    {
        File.WriteAllText(longArticle, SoakFolder.OneLongParagraph);
        bot.Index.EnsureCurrent();
        using var lease = bot.Index.Acquire();
        var id = Path.GetFileNameWithoutExtension(longArticle);
        var paragraphs = Enumerable.Range(1, lease.Generation.Articles[id].ParagraphCount)
            .Select(paragraph => lease.Generation.ParagraphText(id, paragraph)!)
            .ToList();
        File.Delete(longArticle);
        bot.Index.EnsureCurrent();
        return [.. paragraphs.Concat(paragraphs.SelectMany(text => Core.Analysis.SentenceSplitter.SplitText(text))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Questions from three thread-pool loops at once for a while, as the soak's web, Discord and Slack
    /// streams ask them; each is answered with a question vector of its own (a counter makes it new to the cache).</summary>
    private static void Ask(Bot bot, IReadOnlyList<string> questions, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var asked = 0;
        Parallel.For(0, 3, _ =>
        {
            while (DateTime.UtcNow < until)
            {
                var n = Interlocked.Increment(ref asked);
                bot.Answerer.Answer(new Core.Answering.ChatQuestion($"{questions[n % questions.Count]} {n}"));
            }
        });
    }

    private static void Run(bool newThread, Action action)
    {
        if (!newThread)
        {
            action();
            return;
        }

        var thread = new Thread(() => action());
        thread.Start();
        thread.Join();
    }
}
