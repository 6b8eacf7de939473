using System.Text.RegularExpressions;
using Xunit;

namespace ArticleBot.Testing;

/// <summary>What no reply to a hostile input may contain, whichever front end it went through.</summary>
public static partial class HostileAssert
{
    /// <summary>No .NET stack frame or exception type name reaches a user.</summary>
    public static void NoStackTrace(string text, HostileInput input)
    {
        Assert.False(StackFrame().IsMatch(text), $"A stack trace reached the user for {input}: {Preview(text)}");
        Assert.False(ExceptionName().IsMatch(text), $"An exception name reached the user for {input}: {Preview(text)}");
    }

    private static string Preview(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();
}
