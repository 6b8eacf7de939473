using System.Runtime.InteropServices;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>CPU time of the calling thread (Linux getrusage RUSAGE_THREAD): what a stage costs, whatever share of
/// the cores the machine's other tenants leave it. Zero elsewhere.</summary>
internal static partial class ThreadCpu
{
    private const int RusageThread = 1;

    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageThread, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }
}
