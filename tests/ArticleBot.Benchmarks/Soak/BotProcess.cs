using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// The real bot (<c>articlebot serve</c>) as a separate process, so the figures are the bot's own and not the load
/// generator's: settings through environment variables (as a container would set them), its output kept in a log
/// file, its resident memory read from <c>/proc/PID/status</c>, and a graceful stop by SIGTERM.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Task _pump;
    private int _warnings;
    private int _errors;

    private BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
        _pump = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Log lines at warning level (the console logger's "warn:" prefix), and at error or critical level.</summary>
    public (int Warnings, int Errors) LogLevels => (Volatile.Read(ref _warnings), Volatile.Read(ref _errors));

    public static BotProcess Start(string botDll, string workingDirectory, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(botDll);
        start.ArgumentList.Add("serve");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {botDll}.");
        return new BotProcess(process, new StreamWriter(logPath) { AutoFlush = true });
    }

    /// <summary>A line of <c>/proc/PID/status</c> in MB: "RssAnon" is the process's own pages (heap, stacks, JIT
    /// code), what a leak grows; "VmRSS" adds mapped files (the memory-mapped index), which the kernel can drop.</summary>
    public double? StatusMegabytes(string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>SIGTERM (what systemd and docker send), then the exit code; killed if it does not stop in time.</summary>
    public async Task<int?> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            await _pump;
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _warnings);
            }
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _errors);
            }

            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
