using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Answering;

public sealed class PassageScorerTests
{
    private static Concept Word(string stem, double idf) => new(stem, stem, new Dictionary<string, double> { [stem] = 1.0 }) { Idf = idf };

    [Fact]
    public void The_best_sentence_for_who_is_the_one_naming_someone_in_full_over_one_covering_a_little_more_with_only_a_capitalised_word()
    {
        const string text = "The Chinese board and the port agreed a deal. The deal for the port was signed by Anna Berg.";
        IReadOnlyList<Concept> concepts = [Word("deal", 1), Word("port", 1), Word("board", 1), Word("sign", 0.6)];
        var questionWords = new HashSet<string> { "who", "signed", "the", "port", "deal", "board" };

        var evidence = PassageScorer.Score(text, concepts, answerStrength: (sentence, _) => AnswerStrength.Of(AnswerType.Kind.Person, sentence, new HashSet<string>(), questionWords));

        Assert.Equal("The deal for the port was signed by Anna Berg.", text[evidence.BestSentence]);
    }
}
