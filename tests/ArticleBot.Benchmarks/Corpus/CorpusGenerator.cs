using System.Globalization;
using System.Text;

namespace ArticleBot.Benchmarks.Corpus;

/// <summary>
/// Writes a reproducible corpus of English-like articles (fixed seed) into a scratch folder: <c>articles/*.md</c>
/// with front matter, paragraphs of 3–6 sentences of 6–30 words, quotations with speakers (inline with "said", and
/// standalone quotation paragraphs after a paragraph that names the speaker, as in the seed article), and
/// <c>questions.txt</c>: questions built from words of random paragraphs, so most of them have an answer.
/// </summary>
internal static class CorpusGenerator
{
    public const int Seed = 20_250_126;
    public const int ParagraphsPerArticle = 50;

    private static readonly string[] FirstNames = ["Liang", "Maria", "James", "Aisha", "Chen", "Olga", "Pedro", "Fatima", "Kenji", "Amara", "Lukas", "Priya", "Tomas", "Mei", "Samuel", "Ingrid", "Omar", "Elena", "Ravi", "Grace"];
    private static readonly string[] LastNames = ["Wenfeng", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Santos", "Nakamura", "Abara", "Fischer", "Sharma", "Novak", "Zhou", "Mensah", "Berg", "Rahman", "Petrov", "Iyer", "Walsh"];
    private static readonly string[] Publishers = ["The Daily Ledger", "Harbour Times", "Northern Review", "Tech Weekly", "Civic Post"];

    public static CorpusInfo Generate(string folder, int paragraphs, int questionCount = 2000)
    {
        var random = new Random(Seed);
        var vocabulary = new ZipfVocabulary(40_000, random);
        var articles = Path.Combine(folder, "articles");
        if (Directory.Exists(articles))
        {
            Directory.Delete(articles, recursive: true);
        }

        Directory.CreateDirectory(articles);
        var questions = new List<string>();
        var articleCount = (paragraphs + ParagraphsPerArticle - 1) / ParagraphsPerArticle;
        var written = 0;
        for (var a = 0; a < articleCount; a++)
        {
            var count = Math.Min(ParagraphsPerArticle, paragraphs - written);
            var speakers = Enumerable.Range(0, 2).Select(_ => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}").ToArray();
            var text = new StringBuilder();
            text.Append("---\n");
            text.Append(CultureInfo.InvariantCulture, $"title: The {Capitalize(Content(vocabulary, random))} of {Capitalize(Content(vocabulary, random))} {a}\n");
            text.Append(CultureInfo.InvariantCulture, $"publisher: {Publishers[random.Next(Publishers.Length)]}\n");
            text.Append(CultureInfo.InvariantCulture, $"url: https://example.org/articles/{a}\n");
            text.Append("language: en\n---\n\n");
            for (var p = 0; p < count; p++)
            {
                var speaker = speakers[random.Next(speakers.Length)];
                var paragraph = Paragraph(vocabulary, random, speaker, p);
                text.Append(paragraph).Append("\n\n");
                if (questions.Count < questionCount * (a + 1) / articleCount + 1 && random.Next(ParagraphsPerArticle / 2) == 0)
                {
                    questions.Add(Question(paragraph, vocabulary, random, speaker));
                }
            }

            File.WriteAllText(Path.Combine(articles, $"gen-{a:D6}.md"), text.ToString());
            written += count;
        }

        File.WriteAllLines(Path.Combine(folder, "questions.txt"), questions.Take(questionCount));
        return new CorpusInfo(articles, Path.Combine(folder, "questions.txt"), articleCount, written);
    }

    private static string Paragraph(ZipfVocabulary vocabulary, Random random, string speaker, int number)
    {
        var kind = random.Next(100);
        if (kind < 8 && number > 0)
        {
            // A standalone quotation paragraph, as the seed article has them.
            return $"“{Sentence(vocabulary, random)} {Sentence(vocabulary, random)}”";
        }

        var sentences = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(vocabulary, random)).ToList();
        if (kind < 25)
        {
            var quote = Sentence(vocabulary, random).TrimEnd('.');
            sentences.Insert(random.Next(sentences.Count), $"“{quote},” {speaker} said.");
        }
        else if (kind < 35)
        {
            sentences.Insert(random.Next(sentences.Count), $"{speaker} {Content(vocabulary, random)} the {Content(vocabulary, random)} in an interview.");
        }

        return string.Join(' ', sentences);
    }

    private static string Sentence(ZipfVocabulary vocabulary, Random random)
    {
        var length = Math.Clamp((int)Math.Round(17 + (Gaussian(random) * 6)), 6, 30);
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            words[i] = vocabulary.Draw(random);
        }

        words[0] = Capitalize(words[0]);
        if (length > 12 && random.Next(3) == 0)
        {
            words[length / 2] += ",";
        }

        return string.Join(' ', words) + ".";
    }

    private static string Question(string paragraph, ZipfVocabulary vocabulary, Random random, string speaker)
    {
        var words = paragraph.Split([' ', ',', '.', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToLowerInvariant())
            .Where(word => vocabulary.RankOf(word) >= ZipfVocabulary.FunctionWords)
            .Distinct()
            .OrderBy(_ => random.Next())
            .Take(3)
            .ToList();
        while (words.Count < 3)
        {
            words.Add(Content(vocabulary, random));
        }

        return random.Next(4) switch
        {
            0 => $"What did {speaker} say about {words[0]} and {words[1]}?",
            1 => $"Why did the {words[0]} {words[1]} the {words[2]}?",
            2 => $"How many {words[0]} were in the {words[1]} {words[2]}?",
            _ => $"What is the {words[0]} of {words[1]} {words[2]}?",
        };
    }

    private static string Content(ZipfVocabulary vocabulary, Random random)
    {
        while (true)
        {
            var word = vocabulary.Draw(random);
            if (vocabulary.RankOf(word) >= ZipfVocabulary.FunctionWords)
            {
                return word;
            }
        }
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}

internal sealed record CorpusInfo(string ArticlesPath, string QuestionsPath, int Articles, int Paragraphs);
