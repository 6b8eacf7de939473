using System.Text.RegularExpressions;

namespace ArticleBot.CommandLine;

/// <summary>
/// A setting whose value cannot be read as its type ("abc" for a time span) fails inside the configuration binder,
/// before any validation runs, as an <see cref="InvalidOperationException"/> whose message names the key, the value
/// and the type. This turns it into the one line a person needs.
/// </summary>
internal static partial class SettingsBindingError
{
    public static string? Describe(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidOperationException && BindingFailure().Match(current.Message) is { Success: true } match)
            {
                var type = match.Groups["type"].Value;
                return $"{match.Groups["key"].Value} is \"{match.Groups["value"].Value}\", which is not a valid {type[(type.LastIndexOf('.') + 1)..]}.";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BindingFailure();
}
