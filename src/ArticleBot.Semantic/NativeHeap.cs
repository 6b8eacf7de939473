using System.Runtime.InteropServices;

namespace ArticleBot.Semantic;

/// <summary>
/// Gives back to the system what glibc's allocator keeps after ONNX Runtime frees a run's buffers. Buffers under its
/// mmap threshold (up to 32 MB, raised each time a larger one is freed) go back to malloc's heaps, which return only
/// what lies at their top: after a batch of long passages the bot kept about 100 MB it no longer used
/// (EncoderMemoryTests). <c>malloc_trim</c> releases the free pages anywhere in every heap.
/// </summary>
internal static class NativeHeap
{
    private const int TrimThresholdOption = -1; // M_TRIM_THRESHOLD in malloc.h
    private const int MmapThresholdOption = -3; // M_MMAP_THRESHOLD
    private const int ArenaMaxOption = -8; // M_ARENA_MAX

    /// <summary>Larger blocks are mapped on their own and unmapped when freed.</summary>
    internal const int MmapThreshold = 2 << 20;

    /// <summary>Free memory at a heap's top beyond this is given back when a block is freed.</summary>
    internal const int TrimThreshold = 4 << 20;

    /// <summary>
    /// Fixes glibc's two thresholds, which by default rise with the largest block freed: after a batch of long
    /// passages (buffers of 2–10 MB) blocks that size are served from the heaps rather than mapped, and each heap
    /// keeps up to twice that free at its top. <c>malloc_trim</c> releases free pages inside every heap but trims only
    /// the main heap's top, and each thread that ran the model has a heap of its own (16 here): issue 14's soak kept
    /// 16–37 MB more of native memory after each 180 KB paragraph. Set once (when the model loads) the thresholds no longer move, and a
    /// buffer the size of a batch of long passages' is unmapped the moment a run frees it. A question's buffers (tens
    /// of kilobytes) and a batch of questions' stay under the thresholds.
    /// </summary>
    public static void FixThresholds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallOpt(MmapThresholdOption, MmapThreshold);
            _ = MallOpt(TrimThresholdOption, TrimThreshold);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: musl and other allocators map large blocks by themselves.
        }
    }

    /// <summary>
    /// Stops glibc making a heap for each new thread (its default allows 8 per core, 16 here): each thread that ran
    /// the model kept what its heap held after a long paragraph's encoding, and issue 14's soak with
    /// <c>MALLOC_ARENA_MAX=2</c> in the bot's environment lost the native step that each 180 KB paragraph made without
    /// it (+28 MB at the first one, 0 with it; BENCHMARKS.md, Soak). glibc fixes its limit once nine heaps exist, so
    /// this must run first thing in the process (Program.cs), before the host's threads; the threads made later share
    /// the few heaps the runtime's first threads made.
    /// </summary>
    public static void BoundArenas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallOpt(ArenaMaxOption, 2);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: musl has one heap, and other allocators bound their own.
        }
    }

    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): its allocator returns large blocks by itself.
        }
    }

    // DllImport rather than LibraryImport: the signatures are blittable, and LibraryImport would make the project unsafe.
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
