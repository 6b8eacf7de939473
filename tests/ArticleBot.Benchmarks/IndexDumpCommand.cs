using System.Text;
using ArticleBot.Benchmarks.Harness;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArticleBot.Benchmarks;

/// <summary>
/// Writes what an index holds as text, independent of segment layout and document order: every stored document
/// (sorted by id, fields in stored order) and every indexed term of every field with its document frequency and
/// total frequency. Two builds of the same articles must dump identically (a check that a faster build wrote the
/// same index).
/// </summary>
internal static class IndexDumpCommand
{
    public static int Run(Options options)
    {
        var index = options.Require("index");
        var output = options.Require("out");
        var folder = System.IO.Directory.EnumerateFiles(index, "segments*").Any()
            ? index
            : System.IO.Directory.EnumerateDirectories(index, "gen-*").Single();
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));

        var documents = new List<(string Id, string Text)>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            var text = new StringBuilder();
            foreach (var field in document.Fields)
            {
                text.Append(field.Name).Append('=').Append(field.GetStringValue() ?? field.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\u241E');
            }

            documents.Add((document.Get("id"), text.ToString()));
        }

        foreach (var (_, text) in documents.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Text, StringComparer.Ordinal))
        {
            writer.WriteLine(text);
        }

        var fields = MultiFields.GetFields(reader);
        foreach (var name in fields.OrderBy(f => f, StringComparer.Ordinal))
        {
            var termsEnum = fields.GetTerms(name).GetEnumerator();
            while (termsEnum.MoveNext())
            {
                writer.WriteLine($"{name}:{termsEnum.Term.Utf8ToString()} {termsEnum.DocFreq} {termsEnum.TotalTermFreq}");
            }
        }

        Console.WriteLine($"{reader.MaxDoc} documents from {folder} to {output}");
        return 0;
    }
}
