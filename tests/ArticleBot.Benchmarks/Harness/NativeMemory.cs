using System.Globalization;
using System.Runtime.InteropServices;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>
/// Where a process's own memory is: RssAnon from /proc/self/status, the GC's committed and fragmented bytes, and
/// glibc's heaps (<c>mallinfo2</c>, and how many there are), to tell a managed heap that
/// grows from native memory that is kept.
/// </summary>
internal static class NativeMemory
{
    public static string Line()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gc = GC.GetGCMemoryInfo();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"RssAnon {RssAnonMegabytes():F1} MB, GC committed {gc.TotalCommittedBytes / 1048576.0:F1} (fragmented {gc.FragmentedBytes / 1048576.0:F1}, heap {gc.HeapSizeBytes / 1048576.0:F1})");
        if (!OperatingSystem.IsLinux())
        {
            return text;
        }

        try
        {
            var info = MallInfo2();
            return text + string.Create(CultureInfo.InvariantCulture,
                $", malloc: heaps {info.Arena / 1048576.0:F1} MB (in use {info.InUse / 1048576.0:F1}, free {info.Free / 1048576.0:F1}), mmapped {info.Mapped / 1048576.0:F1} MB in {info.MappedBlocks}, arenas {Arenas()}");
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return text;
        }
    }

    public static double RssAnonMegabytes()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>How many heaps glibc has made (malloc_info's XML names one <c>heap</c> each); null elsewhere.</summary>
    private static int? Arenas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"articlebot-malloc-info-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.xml");
        try
        {
            var file = FOpen(path, "w");
            if (file == 0)
            {
                return null;
            }

            _ = MallocInfo(0, file);
            _ = FClose(file);
            var xml = File.ReadAllText(path);
            return xml.Split("<heap nr=").Length - 1;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException or IOException)
        {
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [DllImport("libc", EntryPoint = "malloc_info")]
    private static extern int MallocInfo(int options, nint stream);

    [DllImport("libc", EntryPoint = "fopen")]
    private static extern nint FOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string mode);

    [DllImport("libc", EntryPoint = "fclose")]
    private static extern int FClose(nint stream);

    private static (ulong Arena, ulong InUse, ulong Free, ulong Mapped, ulong MappedBlocks) MallInfo2()
    {
        var info = MallInfo2Native();
        return (info.Arena, info.Uordblks, info.Fordblks, info.Hblkhd, info.Hblks);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2Struct
    {
        public ulong Arena;
        public ulong Ordblks;
        public ulong Smblks;
        public ulong Hblks;
        public ulong Hblkhd;
        public ulong Usmblks;
        public ulong Fsmblks;
        public ulong Uordblks;
        public ulong Fordblks;
        public ulong Keepcost;
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo2Struct MallInfo2Native();
}
