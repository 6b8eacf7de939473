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
            $"{label}: RSS {process.WorkingSet64 / 1048576.0:F1} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MB, peak RSS {process.PeakWorkingSet64 / 1048576.0:F1} MB");
    }
}
