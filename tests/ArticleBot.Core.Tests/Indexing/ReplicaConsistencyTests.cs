using ArticleBot.Core.Answering;
using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Scale-out by replicas: each process builds its own index from the same articles folder, so two replicas
/// behind a load balancer must give a user the same reply whichever one answers.</summary>
public sealed class ReplicaConsistencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_replicas_with_their_own_index_built_from_the_same_articles_give_identical_replies()
    {
        using var first = SeedAnswerer.Create(RepoPaths.Articles);
        using var second = SeedAnswerer.Create(RepoPaths.Articles);
        var questions = EvalQuestion.ReadFile(RepoPaths.DevQuestions);
        var different = new List<string>();

        foreach (var question in questions)
        {
            var intent = question.Kind == "quote" ? QuestionIntent.Quote : (QuestionIntent?)null;
            var asked = new ChatQuestion(question.Question, intent);
            var one = ReplyDocument.From(first.Answerer.Answer(asked)).ToJson();
            var other = ReplyDocument.From(second.Answerer.Answer(asked)).ToJson();
            if (one != other)
            {
                different.Add(question.Id);
            }
        }

        output.WriteLine($"replicas: {questions.Count} dev questions, {different.Count} replies differ");
        Assert.True(questions.Count >= 20, $"only {questions.Count} dev questions");
        Assert.Empty(different);
        Assert.Contains(questions, q => first.Answerer.Answer(new ChatQuestion(q.Question)).Answered);
    }
}
