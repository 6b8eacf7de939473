using System.Diagnostics;
using System.Globalization;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>Resident memory and managed heap, after a full collection so the figure is what the process keeps.</summary>
internal static class Memory
{
    public static string Snapshot(string label)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: RSS {process.WorkingSet64 / 1048576.0:F1} MB ({Status("RssAnon")} own, {Status("RssFile")} mapped files), managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MB, peak RSS {process.PeakWorkingSet64 / 1048576.0:F1} MB");
    }

    /// <summary>A line of /proc/self/status in MB ("RssAnon": the process's own pages; "RssFile": pages of mapped
    /// files, such as a memory-mapped index, which the kernel can drop and read again).</summary>
    private static string Status(string key)
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal)) : null;
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? "?" : string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0:F1} MB");
    }
}
