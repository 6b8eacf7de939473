using ArticleBot.Core.Semantic;

namespace ArticleBot.Core.Tests.Semantic;

public sealed class ParagraphVectorsTests
{
    private static readonly ParagraphVectors Vectors = new(
        3,
        [("a", 1), ("a", 2), ("b", 1), ("b", 2)],
        [[1f, 0f, 0f], [0f, 1f, 0f], [0.6f, 0.8f, 0f], [0f, 0f, 1f]]);

    [Fact]
    public void Nearest_paragraphs_come_nearest_first_and_only_as_many_as_asked()
    {
        var nearest = Vectors.Nearest([0.8f, 0.6f, 0f], 2);

        Assert.Equal([("b", 1), ("a", 1)], nearest.Select(hit => (hit.ArticleId, hit.Paragraph)));
        Assert.Equal(0.96f, nearest[0].Cosine, 3);
        Assert.Equal(0.8f, nearest[1].Cosine, 3);
    }

    [Fact]
    public void Asking_for_more_than_there_are_gives_every_paragraph()
    {
        Assert.Equal(4, Vectors.Nearest([0f, 0f, 1f], 10).Count);
        Assert.Equal(("b", 2), (Vectors.Nearest([0f, 0f, 1f], 10)[0].ArticleId, Vectors.Nearest([0f, 0f, 1f], 10)[0].Paragraph));
    }

    [Fact]
    public void Similarity_is_the_cosine_and_null_for_a_paragraph_without_a_vector()
    {
        Assert.Equal(0.8f, Vectors.Similarity("b", 1, [0f, 1f, 0f])!.Value, 4);
        Assert.Null(Vectors.Similarity("c", 1, [0f, 1f, 0f]));
    }

    [Fact]
    public void A_query_of_the_wrong_size_or_an_empty_set_finds_nothing()
    {
        Assert.Empty(Vectors.Nearest([1f, 0f], 2));
        Assert.Empty(ParagraphVectors.Empty.Nearest([1f, 0f, 0f], 2));
    }

    [Fact]
    public void The_best_sentence_is_the_one_nearest_the_question_and_null_without_sentence_vectors()
    {
        var withSentences = new ParagraphVectors(
            3,
            [("a", 1), ("a", 2)],
            [[1f, 0f, 0f], [0f, 1f, 0f]],
            [[(0..10, [1f, 0f, 0f]), (11..30, [0f, 0f, 1f])], []]);

        var best = withSentences.BestSentence("a", 1, [0f, 0.6f, 0.8f]);

        Assert.Equal(11..30, best!.Value.Sentence);
        Assert.Equal(0.8f, best.Value.Cosine, 4);
        Assert.Equal(2, withSentences.SentenceCount);
        Assert.Null(withSentences.BestSentence("a", 2, [0f, 1f, 0f]));
        Assert.Null(withSentences.BestSentence("z", 1, [0f, 1f, 0f]));
        Assert.Null(Vectors.BestSentence("a", 1, [1f, 0f, 0f]));
    }

    [Fact]
    public void The_dot_product_handles_lengths_that_are_not_a_multiple_of_the_vector_width()
    {
        var left = Enumerable.Range(1, 37).Select(i => (float)i).ToArray();
        var right = Enumerable.Range(1, 37).Select(i => 1f / i).ToArray();

        Assert.Equal(37f, VectorMath.Dot(left, right), 3);
    }
}
