using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Tests.Articles;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articlebot-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_seed_article_keeps_its_fifteen_paragraphs_exactly_as_published()
    {
        var original = File.ReadAllText(Testing.RepoPaths.Shared("seed", "article.txt")).Split('\n');

        var source = ArticleFileReader.Read(SeedArticle.Path);

        Assert.Equal(original, source.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal(Enumerable.Range(1, 15), source.Paragraphs.Select(paragraph => paragraph.Number));
    }

    [Fact]
    public void The_seed_article_metadata_leaves_unknown_fields_empty()
    {
        var metadata = ArticleFileReader.Read(SeedArticle.Path).Metadata;

        Assert.Null(metadata.Title);
        Assert.Null(metadata.Author);
        Assert.Null(metadata.Published);
        Assert.Equal("CW Pakistan", metadata.Publisher);
        Assert.Equal("https://cwpakistan.com/?p=23620", metadata.Url);
        Assert.Contains("36Kr", metadata.Extra["interview"]);
    }

    [Fact]
    public void A_text_article_takes_each_line_as_a_paragraph_and_its_metadata_from_a_sidecar()
    {
        var path = Write("river.txt", "First line.\n\nSecond line.\r\n");
        Write("river.meta", "title: The River\nurl: https://example.com/river\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal(["First line.", "Second line."], source.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal("The River", source.Metadata.Title);
        Assert.Equal("river", source.Id);
    }

    [Fact]
    public void An_html_article_yields_its_readable_paragraphs_and_meta_tags()
    {
        var path = Write("page.html", """
            <html lang="en"><head><title>Site</title><meta property="og:url" content="https://example.com/p"><meta name="author" content="A. Writer"></head>
            <body><nav><p>Menu</p></nav><article><h1>Headline</h1><p>One <b>bold</b> claim.</p><p>  Two.  </p></article></body></html>
            """);

        var source = ArticleFileReader.Read(path);

        Assert.Equal(["One bold claim.", "Two."], source.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal("Headline", source.Metadata.Title);
        Assert.Equal("https://example.com/p", source.Metadata.Url);
        Assert.Equal("A. Writer", source.Metadata.Author);
    }

    [Fact]
    public void A_news_web_page_yields_exactly_its_story_paragraphs_in_order()
    {
        // The first words of each paragraph a reader counts in the story; the menu, cookie banner, byline, dateline,
        // caption, related stories, pull-quote, newsletter box, share links and footer are none of them.
        string[] body =
        [
            "The Kestrel Bay Kingfishers won the Northern Counties Women’s Cup",
            "Striker Lily Farraday, 19, scored both goals",
            "Orrin Vale had led from the 23rd minute",
            "“At half-time nobody shouted,” said captain Nadia Okonjo",
            "Head coach Graham Pell, who took over the team in 2023",
            "Farraday’s equaliser came after 61 minutes",
            "Orrin Vale manager Teresa Villin did not blame her players.",
            "Among the crowd was Arthur Dunmore, 81,",
            "The winning goal came from a corner.",
            "“People keep asking me whether I feel like a hero,” Farraday said.",
            "The club will parade the trophy along the seafront on Saturday.",
        ];

        var source = ArticleFileReader.Read(Testing.RepoPaths.InRepo("tests", "fixtures", "articles", "kestrel-bay-cup-final.html"));

        var found = source.Paragraphs.Select(paragraph => paragraph.Text).ToList();
        Assert.True(found.Count == body.Length, $"{found.Count} paragraphs for the body's {body.Length}:\n" + string.Join('\n', found));
        Assert.All(body.Zip(found), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, body.Length), source.Paragraphs.Select(paragraph => paragraph.Number));
    }

    [Fact]
    public void A_blockquote_repeating_a_story_sentence_is_a_pull_quote_but_a_quoted_letter_is_a_paragraph()
    {
        var path = Write("page.html", """
            <html><body><article>
            <p>“We told each other the game was still ours to win,” the captain said.</p>
            <blockquote><p>“We told each other the game was still ours to win”</p></blockquote>
            <blockquote><p>Dear Sir, the pitch has been waterlogged since March.</p></blockquote>
            <p>The club replied the next day.</p>
            </article></body></html>
            """);

        var source = ArticleFileReader.Read(path);

        Assert.Equal(
            ["“We told each other the game was still ours to win,” the captain said.", "Dear Sir, the pitch has been waterlogged since March.", "The club replied the next day."],
            source.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void A_page_whose_only_paragraphs_look_like_furniture_keeps_them_rather_than_having_none()
    {
        var path = Write("page.html", """<html><body><aside><p>One claim.</p></aside></body></html>""");

        var source = ArticleFileReader.Read(path);

        Assert.Equal(["One claim."], source.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void A_news_web_page_keeps_its_metadata()
    {
        var metadata = ArticleFileReader.Read(Testing.RepoPaths.InRepo("tests", "fixtures", "articles", "kestrel-bay-cup-final.html")).Metadata;

        Assert.Equal("Farraday double wins Kestrel Bay their first Women’s Cup", metadata.Title);
        Assert.Equal("Tamsin Achebe", metadata.Author);
        Assert.Equal("The Saltmarsh Courier", metadata.Publisher);
        Assert.Equal("https://example.com/sport/kestrel-bay-womens-cup-final", metadata.Url);
        Assert.Equal("2026-06-14T19:42:00+01:00", metadata.Published);
        Assert.Equal("en-GB", metadata.Language);
    }

    [Fact]
    public void An_article_that_is_not_utf8_is_refused_with_its_file_name()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(path, [0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0x0A]);

        var error = Assert.Throws<ArticleBotException>(() => ArticleFileReader.Read(path));

        Assert.Contains("latin1.txt", error.Message);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void An_empty_article_is_refused_with_its_file_name()
    {
        var path = Write("empty.md", "---\ntitle: Nothing\n---\n\n");

        var error = Assert.Throws<ArticleBotException>(() => ArticleFileReader.Read(path));

        Assert.Contains("empty.md", error.Message);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/news/relative-path")]
    [InlineData("ftp://example.com/story")]
    [InlineData("https://")]
    public void A_front_matter_url_that_is_not_absolute_http_is_dropped_with_a_warning_naming_the_file(string url)
    {
        var path = Write("story.md", $"---\ntitle: Story\nurl: \"{url}\"\n---\n\nThe council met on Tuesday.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Null(source.Metadata.Url);
        Assert.Equal("Story", source.Metadata.Title);
        var warning = Assert.Single(source.Warnings);
        Assert.Contains(path, warning);
        Assert.Contains("http", warning);
    }

    [Theory]
    [InlineData("https://example.com/story?id=4#top")]
    [InlineData("http://example.com/story")]
    public void An_absolute_http_url_in_front_matter_is_kept_as_written(string url)
    {
        var path = Write("story.md", $"---\nurl: {url}\n---\n\nThe council met on Tuesday.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal(url, source.Metadata.Url);
        Assert.Empty(source.Warnings);
    }

    [Fact]
    public void A_sidecar_url_that_is_not_http_is_dropped_with_a_warning_naming_the_sidecar()
    {
        var path = Write("river.txt", "First line.\n");
        var sidecar = Write("river.meta", "url: javascript:alert(1)\n");

        var source = ArticleFileReader.Read(path);

        Assert.Null(source.Metadata.Url);
        Assert.Contains(sidecar, Assert.Single(source.Warnings));
    }

    [Fact]
    public void An_html_article_with_a_script_url_falls_back_to_its_http_canonical_link_and_warns()
    {
        var path = Write("page.html", """
            <html><head><meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="https://example.com/p"></head>
            <body><p>One claim.</p></body></html>
            """);

        var source = ArticleFileReader.Read(path);

        Assert.Equal("https://example.com/p", source.Metadata.Url);
        Assert.Contains(path, Assert.Single(source.Warnings));
    }

    [Fact]
    public void An_html_article_whose_only_url_is_relative_has_none()
    {
        var path = Write("page.html", """<html><head><link rel="canonical" href="/p"></head><body><p>One claim.</p></body></html>""");

        var source = ArticleFileReader.Read(path);

        Assert.Null(source.Metadata.Url);
        Assert.Contains(path, Assert.Single(source.Warnings));
    }

    [Fact]
    public void A_malformed_front_matter_line_is_left_out_with_a_warning_naming_the_file_and_line()
    {
        var path = Write("story.md", "---\ntitle: Story\nthis line has no colon\n: no key\nurl: https://example.com/s\n---\n\nThe council met on Tuesday.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal("Story", source.Metadata.Title);
        Assert.Equal("https://example.com/s", source.Metadata.Url);
        Assert.Equal(["The council met on Tuesday."], source.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal(2, source.Warnings.Count);
        Assert.Contains(source.Warnings, warning => warning.Contains(path) && warning.Contains("line 3"));
        Assert.Contains(source.Warnings, warning => warning.Contains(path) && warning.Contains("line 4"));
    }

    [Fact]
    public void An_unclosed_front_matter_is_read_as_metadata_with_a_warning_and_is_not_a_paragraph()
    {
        var path = Write("story.md", "---\ntitle: Story\nurl: https://example.com/s\n\nThe council met on Tuesday.\n\nIt voted.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal(["The council met on Tuesday.", "It voted."], source.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal(Enumerable.Range(1, 2), source.Paragraphs.Select(paragraph => paragraph.Number));
        Assert.Equal("Story", source.Metadata.Title);
        var warning = Assert.Single(source.Warnings);
        Assert.Contains(path, warning);
        Assert.Contains("line 1", warning);
    }

    [Fact]
    public void A_leading_rule_followed_by_prose_stays_text_with_a_warning()
    {
        var path = Write("story.md", "---\nThe council met on Tuesday.\n\nIt voted.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal(2, source.Paragraphs.Count);
        Assert.Contains("The council met on Tuesday.", source.Paragraphs[0].Text);
        Assert.Contains(path, Assert.Single(source.Warnings));
    }

    [Fact]
    public void A_malformed_sidecar_line_is_reported_with_the_sidecar_and_line()
    {
        var path = Write("river.txt", "First line.\n");
        var sidecar = Write("river.meta", "title: The River\n  - a list item\n");

        var source = ArticleFileReader.Read(path);

        Assert.Equal("The River", source.Metadata.Title);
        var warning = Assert.Single(source.Warnings);
        Assert.Contains(sidecar, warning);
        Assert.Contains("line 2", warning);
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_split_at_sentence_ends_and_the_paragraphs_after_it_follow_on()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"Sentence {i} of the long report says the pier needs {i * 7} new piles.").ToList();
        var path = Write("report.md", $"First paragraph.\n\n{string.Join(' ', sentences)}\n\nLast paragraph.\n");

        var source = ArticleFileReader.Read(path, new ArticleLimits(ArticleLimits.Default.MaxBytes, MaxParagraphLength: 400));

        var middle = source.Paragraphs.Skip(1).SkipLast(1).ToList();
        Assert.True(middle.Count >= 6, $"{middle.Count} pieces");
        Assert.All(middle, paragraph => Assert.True(paragraph.Text.Length <= 400, $"{paragraph.Text.Length} characters"));
        Assert.All(middle, paragraph => Assert.EndsWith("piles.", paragraph.Text));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', middle.Select(paragraph => paragraph.Text)));
        Assert.Equal(Enumerable.Range(1, source.Paragraphs.Count), source.Paragraphs.Select(paragraph => paragraph.Number));
        Assert.Equal(("First paragraph.", "Last paragraph."), (source.Paragraphs[0].Text, source.Paragraphs[^1].Text));
        var warning = Assert.Single(source.Warnings);
        Assert.Contains(path, warning);
        Assert.Contains("Paragraph 2 ", warning);
    }

    [Fact]
    public void A_paragraph_with_no_sentence_end_inside_the_limit_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Range(1, 2000).Select(i => $"word{i}"));
        var path = Write("list.txt", words + "\n");

        var source = ArticleFileReader.Read(path, new ArticleLimits(ArticleLimits.Default.MaxBytes, MaxParagraphLength: 500));

        Assert.All(source.Paragraphs, paragraph => Assert.True(paragraph.Text.Length is > 0 and <= 500));
        Assert.Equal(words, string.Join(' ', source.Paragraphs.Select(paragraph => paragraph.Text)));
    }

    [Fact]
    public void An_article_larger_than_the_limit_is_refused_with_its_file_name_and_the_setting()
    {
        var path = Write("huge.md", string.Concat(Enumerable.Repeat("The harbour wall was repaired again this week.\n\n", 100)));

        var error = Assert.Throws<ArticleBotException>(() => ArticleFileReader.Read(path, new ArticleLimits(MaxBytes: 1024, ArticleLimits.Default.MaxParagraphLength)));

        Assert.Contains(path, error.Message);
        Assert.Contains("MaxArticleBytes", error.Message);
    }

    [Fact]
    public void A_metadata_value_longer_than_the_limit_is_left_out_with_a_warning_naming_the_file_and_field()
    {
        var title = string.Concat(Enumerable.Repeat("Very long title ", 400));
        var path = Write("story.md", $"---\ntitle: {title}\nnote: {title}\npublisher: The Gazette\n---\n\nThe council met on Tuesday.\n");

        var source = ArticleFileReader.Read(path);

        Assert.Null(source.Metadata.Title);
        Assert.False(source.Metadata.Extra.ContainsKey("note"));
        Assert.Equal("The Gazette", source.Metadata.Publisher);
        Assert.Equal(2, source.Warnings.Count);
        Assert.All(source.Warnings, warning => Assert.Contains(path, warning));
        Assert.Contains(source.Warnings, warning => warning.Contains("title"));
    }

    [Fact]
    public void An_html_headline_longer_than_the_limit_is_not_the_title()
    {
        var headline = string.Concat(Enumerable.Repeat("Headline ", 1000));
        var path = Write("page.html", $"<html><body><h1>{headline}</h1><p>One claim.</p></body></html>");

        var source = ArticleFileReader.Read(path);

        Assert.Null(source.Metadata.Title);
        Assert.Contains(path, Assert.Single(source.Warnings));
    }

    [Fact]
    public void A_missing_article_is_reported_as_unreadable_not_as_a_link()
    {
        var path = Path.Combine(_folder, "gone.md");

        var error = Assert.Throws<ArticleBotException>(() => ArticleFileReader.Read(path));

        Assert.Contains("could not be read", error.Message);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
