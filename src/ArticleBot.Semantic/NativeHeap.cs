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

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would make the project unsafe.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
