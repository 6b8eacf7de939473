using Xunit.Abstractions;

namespace ArticleBot.Testing;

/// <summary>
/// Figures a suite reports (faults injected, questions answered, lost, duplicated): written to the test's output and,
/// when <c>ARTICLEBOT_TEST_REPORT</c> names a file, appended there too, so CI can print them after the run
/// (passing tests' output is otherwise not shown).
/// </summary>
public static class TestReport
{
    public const string FileVariable = "ARTICLEBOT_TEST_REPORT";

    private static readonly object Gate = new();

    public static void Line(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
