using System.Diagnostics;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>
/// <c>--gcdump-at 4,30</c>: a heap snapshot of the bot at those minutes (the run's last minute: after the last sample) with <c>dotnet-gcdump</c> (a .NET tool,
/// <c>dotnet tool install -g dotnet-gcdump</c>), so what grows between two of them can be named by type
/// (<c>dotnet-gcdump report FILE</c>). Taking one forces a full collection in the bot and
/// starts an EventPipe session, so the first belongs in the warm-up, before the samples the slope is fitted to.
/// </summary>
internal sealed class GcDumps(string folder, IReadOnlySet<int> minutes)
{
    public static GcDumps Parse(string folder, string? minutes) =>
        new(folder, (minutes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet());

    public async Task<string?> TakeAsync(int minute, int pid)
    {
        if (!minutes.Contains(minute))
        {
            return null;
        }

        var path = Path.Combine(folder, $"bot-minute-{minute}.gcdump");
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        var start = new ProcessStartInfo(File.Exists(tool) ? tool : "dotnet-gcdump") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "collect", "-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", path })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? $"gcdump {path}" : $"gcdump failed: {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return $"gcdump not taken ({exception.Message}): dotnet tool install -g dotnet-gcdump";
        }
    }
}
