using System.Diagnostics;

namespace ArticleBot.Tests.Hosting;

/// <summary>
/// The built program (<c>articlebot.dll</c>, copied beside the tests) run as its own process, for what only a process
/// shows: its exit code, and whether it ends in an unhandled exception (the runtime's abort is exit code 134).
/// </summary>
internal static class ProgramProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyDictionary<string, string?> settings, TimeSpan timeout, params string[] args) =>
        RunAsync(StartInfo(settings, args), timeout);

    /// <summary>Runs <paramref name="start"/> (with its output redirected) to its end, killed after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} was still running after {timeout}: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs the program for <paramref name="duration"/>, then kills it: what a long-running bot writes.</summary>
    public static async Task<(bool Exited, string Output, string Error)> RunForAsync(
        IReadOnlyDictionary<string, string?> settings, TimeSpan duration, params string[] args)
    {
        using var process = Start(settings, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(duration);
        var exited = true;
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            process.Kill(entireProcessTree: true);
        }

        return (exited, await output, await error);
    }

    /// <summary>
    /// Runs the program until what it has written satisfies <paramref name="seen"/> (or <paramref name="timeout"/>
    /// passes), then for <paramref name="then"/> more, then kills it. The window starts from what the program does, not
    /// from the clock, so a slow start on a loaded machine does not shorten what is observed.
    /// </summary>
    public static async Task<(bool Exited, string Log)> RunUntilAsync(
        IReadOnlyDictionary<string, string?> settings, Func<string, bool> seen, TimeSpan timeout, TimeSpan then, params string[] args)
    {
        using var process = Start(settings, args);
        var log = new System.Text.StringBuilder();
        var sawIt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.Append(line).Append('\n');
                if (seen(log.ToString()))
                {
                    sawIt.TrySetResult();
                }
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(sawIt.Task, exited, Task.Delay(timeout)) == sawIt.Task)
        {
            await Task.WhenAny(exited, Task.Delay(then));
        }

        var hasExited = process.HasExited;
        if (!hasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        lock (log)
        {
            return (hasExited, log.ToString());
        }
    }

    private static Process Start(IReadOnlyDictionary<string, string?> settings, string[] args) => Process.Start(StartInfo(settings, args))!;

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> settings, string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "articlebot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
