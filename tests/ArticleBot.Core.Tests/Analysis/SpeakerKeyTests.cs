using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Analysis;

/// <summary>
/// Every direct quotation of a made-up article checked against a key of its true speakers
/// (tests/fixtures/keys/*.key: paragraph | speaker | first words). A quotation may be left unattributed when the
/// attribution is unsure, but never given to the wrong person, and none may be missed.
/// </summary>
public sealed class SpeakerKeyTests(ITestOutputHelper output)
{
    [Theory]
    // Floors are the measured figures (2 Dec, before the issue 12 rules): raise them as rules land; the target is
    // every quotation right and none wrong. ashcombe-library measured 1 / 19 right, 18 wrong; with the speaker
    // named after the verb and titles kept out of names, 16 / 19 right, 3 wrong; with pronouns resolved by the
    // sex the text shows, 17 / 19 right, 2 wrong; with roles resolved ("the principal said"), 18 / 19, 1 wrong;
    // with an organisation's statement left unattributed, 18 / 19 right, none wrong.
    [InlineData("ashcombe-library", 18, 0)]
    [InlineData("harbor-bridge", 7, 0)]
    public void Every_quotation_in_a_keyed_article_goes_to_its_true_speaker(string id, int floorRight, int maxWrong)
    {
        var article = ArticleBuilder.Read(RepoPaths.InRepo("tests", "fixtures", "articles", id + ".md"));
        var key = File.ReadAllLines(RepoPaths.InRepo("tests", "fixtures", "keys", id + ".key"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|'))
            .Select(parts => (Paragraph: int.Parse(parts[0]), Speaker: parts[1], Start: parts[2]))
            .ToList();
        var direct = article.Quotes.Where(quote => !quote.IsParaphrase).ToList();

        var right = 0;
        var problems = new List<string>();
        foreach (var (paragraph, speaker, start) in key)
        {
            var found = direct.FirstOrDefault(quote => quote.Paragraph == paragraph && quote.Text.StartsWith(start, StringComparison.Ordinal));
            if (found is null)
            {
                problems.Add($"¶{paragraph} “{start}…” not found");
            }
            else if (found.Speaker == speaker)
            {
                right++;
            }
            else
            {
                problems.Add($"¶{paragraph} “{start}…” → {found.Speaker ?? "(unattributed)"}, not {speaker}");
            }
        }

        output.WriteLine($"{id}: {right} / {key.Count} right");
        problems.ForEach(output.WriteLine);
        var wrong = key.Where(k => direct.Any(q => q.Paragraph == k.Paragraph && q.Text.StartsWith(k.Start, StringComparison.Ordinal) && q.Speaker is not null && q.Speaker != k.Speaker)).ToList();
        Assert.True(wrong.Count <= maxWrong, $"{wrong.Count} given to the wrong person, at most {maxWrong}:\n" + string.Join('\n', problems));
        Assert.True(right >= floorRight, $"{right} / {key.Count} right, floor {floorRight}:\n" + string.Join('\n', problems));
        Assert.Equal(key.Count, direct.Count(quote => key.Any(k => k.Paragraph == quote.Paragraph && quote.Text.StartsWith(k.Start, StringComparison.Ordinal))));
    }
}
