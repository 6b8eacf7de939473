using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Analysis;

/// <summary>
/// Every direct quotation of a made-up article checked against a key of its true speakers
/// (tests/fixtures/keys/*.key: paragraph | speaker | first words). A quotation may be left unattributed when the
/// attribution is unsure, but never given to the wrong person, and none may be missed (a held-out article is
/// allowed the misses measured before the rules for its genre landed).
/// </summary>
public sealed class SpeakerKeyTests(ITestOutputHelper output)
{
    [Theory]
    // Floors are the measured figures (2 Dec, before the issue 12 rules): raise them as rules land; the target is
    // every quotation right and none wrong. ashcombe-library measured 1 / 19 right, 18 wrong; with the speaker
    // named after the verb and titles kept out of names, 16 / 19 right, 3 wrong; with pronouns resolved by the
    // sex the text shows, 17 / 19 right, 2 wrong; with roles resolved ("the principal said"), 18 / 19, 1 wrong;
    // with an organisation's statement left unattributed, 18 / 19 right, none wrong.
    // varrow-kelp-interview (a Q&A transcript) and brenhill-water (a two-paragraph quotation, two speakers in a
    // paragraph, statements, "according to") were written held out and measured on 3 Dec before any rule for them:
    // varrow 1 / 14 right, 0 wrong, 1 unattributed, 12 not found (Q:/A: turns are not read); brenhill 11 / 14 right,
    // 2 wrong ("according to" and "the agency said in a statement" given to people), 1 unattributed. With transcript
    // turns read, varrow 13 / 14 right, none wrong (the harbourmaster's "he told me" inside an answer unattributed).
    // With "according to X" read as naming the source, brenhill 12 / 14 right, 1 wrong. With statements given to
    // the organisation (named in full, or "the agency" when the article names one agency), brenhill 14 / 14 and
    // ashcombe 19 / 19 right.
    [InlineData("ashcombe-library", 19, 0, 0)]
    [InlineData("harbor-bridge", 7, 0, 0)]
    // With a full name described by an article and an agent noun and then "he" taken as a person ("Pieter Vance, the
    // harbourmaster, has a picture his grandfather took"), varrow 14 / 14.
    [InlineData("varrow-kelp-interview", 14, 0, 0)]
    [InlineData("brenhill-water", 14, 0, 0)]
    // kestrel-bay-cup-final (a news web page, read through ReadHtml) measured on 3 Dec before the body-only reader:
    // 0 / 15 right, 0 wrong, 15 not found, because the reader took 19 paragraphs for the body's 11 (kicker, byline,
    // dateline, caption, "More women's football", the pull-quote and two newsletter lines among them) and every body
    // paragraph's number moved; matched by text alone, 9 / 15 right and 6 wrong ("Farraday" not resolved to Lily
    // Farraday; "said Mr Dunmore" given to Teresa Villin).
    // With the story's paragraphs only (HtmlStoryBody: 11 of 11, in order), 9 / 15 right, 6 wrong, none missed.
    // With a sentence-initial role kept out of a name ("Striker Lily Farraday") and a full name given without a role
    // taken as the person a speech verb later names by surname ("said Mr Dunmore"), 15 / 15 right, none wrong.
    [InlineData("kestrel-bay-cup-final", 15, 0, 0)]
    // linfield-rowing-fraud (a court report) was written held out on 3 Dec after the issue 12 rules were final and
    // measured as written: 15 / 17 right, 0 wrong, 2 unattributed ("Detective Constable Rhiannon Price" read as
    // "Constable Rhiannon"; "Beside" taken for a person, so "he said" after Wren could be two people).
    // With titles that come two together kept out of the name, and a speech verb that ends one sentence not naming
    // the next sentence's first word, 17 / 17 right.
    [InlineData("linfield-rowing-fraud", 17, 0, 0)]
    // millbrook-low-water-podcast (a broadcast transcript: "[00:00:12] HOST (Odile Marchetti):", then "MARCHETTI:",
    // stage notes) was written held out on 3 Dec and measured as written: 2 / 24 right, 2 wrong, 20 not found (the
    // timestamped labels not read as turns). With timestamps, "ROLE (Full Name):" and capital surnames read, 22 / 24
    // right, 1 unattributed (a voicemail "She said:" in the host's turn) and 1 wrong: "My wife, Catrin Mallory,
    // fished it out of the bin and said, “…”" went to the guest whose turn it is. A capitalised given name before a
    // known speaker's surname, mid-sentence, is another person: now unattributed, 22 right, 0 wrong, 2 unattributed.
    // With a kin or audience noun before a name taken as a person ("My wife, Catrin Mallory,", "a listener, Rosalind
    // Okafor,"), 24 / 24 right.
    [InlineData("millbrook-low-water-podcast", 24, 0, 0)]
    // kessington-bell-foundry (a long-form magazine feature: present-tense "says", a spokeswoman for a fund, a
    // company's statement, fragments after "describes … as") was written held out on 4 Dec and measured as written:
    // 16 / 28 right, 6 wrong, 5 unattributed, 1 not found ("the Thorley method" read as Agnes Thorley; "a
    // spokeswoman for the fund" and "the company said" given to people; "he"/"she" after a man and a woman whose sexes
    // the text shows only by "a broad, quiet man" and the next sentence's "She"). With a name after "the" not a
    // person, the sex an appositive noun or the next sentence's opening pronoun shows, spokespeople speaking for their
    // organisation, and a name followed by "its" an organisation, 28 / 28 right.
    [InlineData("kessington-bell-foundry", 28, 0, 0)]
    // halbrook-orchards-press-release (a press release) was written held out after those rules and measured as
    // written: 12 / 16 right, 3 wrong, 1 unattributed ("Grace Ellery, whose family …" not known as a person, so her
    // "she said" went to Priya Ravel; "…,” according to the association's director, Helen Marwick" past the words
    // looked at, so to the last speaker; "the spokesperson said" unattributed). With "who"/"whose" after a full name
    // a person, "according to" read to its whole source, a speech verb with no named subject unattributed, and "the
    // spokesperson" the one the paragraph introduced, 16 / 16 right.
    [InlineData("halbrook-orchards-press-release", 16, 0, 0)]
    // slate-larder-damson-tart (a recipe blog with reader comments) and harriet-lusk-obituary (an obituary) were written
    // held out on 4 Dec and measured as written, before any rule for them: slate 4 / 9 right, 2 wrong (the
    // grandmother's "she used to say" given to the uncle the paragraph before named), 3 unattributed ("my uncle
    // says" inside a sentence, a grandmother quoted by a commenter and after a colon); harriet-lusk 7 / 15 right, 7
    // wrong, 1 unattributed: the subject, named "Harriet Lusk" once and "Lusk" or "she" after, and her friend
    // named by surname alone ("Marwood remembers…", "Marwood … he said") lose their quotations to her son, the
    // one full name with her surname said beside a speech verb. The held-out floors: no worse than measured.
    [InlineData("slate-larder-damson-tart", 4, 2, 0)]
    [InlineData("harriet-lusk-obituary", 7, 7, 0)]
    public void Every_quotation_in_a_keyed_article_goes_to_its_true_speaker(string id, int floorRight, int maxWrong, int maxMissed)
    {
        // A fixture is any article format the reader takes (.md, .html), one file per id.
        var article = ArticleBuilder.Read(Directory.GetFiles(RepoPaths.InRepo("tests", "fixtures", "articles"), id + ".*").Single());
        var key = File.ReadAllLines(RepoPaths.InRepo("tests", "fixtures", "keys", id + ".key"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|'))
            .Select(parts => (Paragraph: int.Parse(parts[0]), Speaker: parts[1], Start: parts[2]))
            .ToList();
        var direct = article.Quotes.Where(quote => !quote.IsParaphrase).ToList();

        int right = 0, wrong = 0, unattributed = 0, missed = 0;
        var problems = new List<string>();
        foreach (var (paragraph, speaker, start) in key)
        {
            var found = direct.FirstOrDefault(quote => quote.Paragraph == paragraph && quote.Text.StartsWith(start, StringComparison.Ordinal));
            if (found is null)
            {
                missed++;
                problems.Add($"¶{paragraph} “{start}…” not found");
            }
            else if (found.Speaker == speaker)
            {
                right++;
            }
            else
            {
                _ = found.Speaker is null ? unattributed++ : wrong++;
                problems.Add($"¶{paragraph} “{start}…” → {found.Speaker ?? "(unattributed)"}, not {speaker}");
            }
        }

        output.WriteLine($"{id}: {right} right, {wrong} wrong, {unattributed} unattributed, {missed} not found, of {key.Count}");
        problems.ForEach(output.WriteLine);
        Assert.True(wrong <= maxWrong, $"{wrong} given to the wrong person, at most {maxWrong}:\n" + string.Join('\n', problems));
        Assert.True(right >= floorRight, $"{right} / {key.Count} right, floor {floorRight}:\n" + string.Join('\n', problems));
        Assert.True(missed <= maxMissed, $"{missed} not found, at most {maxMissed}:\n" + string.Join('\n', problems));
    }
}
