using System.Text.Json;

namespace ArticleBot.Testing;

/// <summary>
/// One entry of <c>tests/data/hostile-inputs.jsonl</c>: a message a user could type (<see cref="IsText"/>) or a raw
/// request body for the web API. Long entries are stored as a short piece and a repeat count so the file stays small.
/// </summary>
public sealed record HostileInput(int Line, string Kind, string Category, string Value)
{
    public bool IsText => Kind == "text";

    /// <summary>A short, printable label for failure messages: the category, line and the start of the value.</summary>
    public override string ToString()
    {
        var preview = JsonSerializer.Serialize(Value.Length > 40 ? Value[..40] + "…" : Value);
        return $"{Category} (line {Line}, {Value.Length} chars): {preview}";
    }
}
