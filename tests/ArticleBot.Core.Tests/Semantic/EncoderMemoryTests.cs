using System.Globalization;
using ArticleBot.Core.Tests.Indexing;
using ArticleBot.Semantic;
using ArticleBot.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>Issue 14's soak: a rebuild that encoded one batch of long passages (the 180 KB paragraph) took the bot's
/// resident memory up by 117 MB for good. The attention scores of 16 passages of 512 tokens are about 200 MB, and ONNX
/// Runtime's memory arena kept that peak for the life of the session. Measured alone, in the build-memory collection:
/// other tests allocating in the same process would move the resident size it compares.</summary>
[Collection(nameof(BuildMemoryTests))]
public sealed class EncoderMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Encoding_a_batch_of_long_passages_gives_its_memory_back_afterwards()
    {
        if (NativeMegabytes() is null)
        {
            // /proc/self/status is Linux's; CI and the bot's machines are Linux.
            return;
        }

        // Its own encoder (not the shared test model), so the memory measured is this session's alone.
        using var encoder = new ArcticXsEncoder(Options.Create(new SemanticOptions { Threads = 1 }));
        encoder.EncodePassages(["The ferry runs every hour from the harbour."]);
        var before = NativeMegabytes()!.Value;

        // Eight passages long enough to fill the model's 512 tokens: their attention alone is 8 x 12 heads x 512 x 512 floats.
        var sentence = "The harbour council voted on Tuesday to repair the old timber pier before the winter storms arrive. ";
        var passages = Enumerable.Range(0, 8).Select(i => string.Concat(Enumerable.Repeat(sentence, 40)) + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var vectors = encoder.EncodePassages(passages);
        var after = NativeMegabytes()!.Value;

        TestReport.Line(output, $"encoder memory: native (RssAnon less the GC's committed memory) {before:F0} MB before, {after:F0} MB after encoding 8 passages of 512 tokens");
        Assert.Equal(8, vectors.Length);
        Assert.True(after - before < 40, $"{after - before:F0} MB of the encoding's memory kept ({before:F0} MB before, {after:F0} MB after)");
    }

    /// <summary>The process's own resident pages less what the garbage collector has committed: the model's native
    /// memory, apart from the managed heap that other tests in this process grew.</summary>
    private static double? NativeMegabytes()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        var anonymous = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return (anonymous - GC.GetGCMemoryInfo().TotalCommittedBytes) / 1048576.0;
    }
}
