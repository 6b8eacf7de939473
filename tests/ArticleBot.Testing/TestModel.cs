using ArticleBot.Core.Semantic;
using ArticleBot.Semantic;
using Microsoft.Extensions.Options;

namespace ArticleBot.Testing;

/// <summary>The bot's embedding model, loaded once per test process: loading takes a while, and the model holds no
/// state between calls. One thread: test projects run side by side on the CI machine's two cores, and a model
/// using both starves the chat suites' timing-sensitive fakes.</summary>
public static class TestModel
{
    private static readonly Lazy<ArcticXsEncoder> Model = new(() => new ArcticXsEncoder(Options.Create(new SemanticOptions { Threads = 1 })));

    public static ITextEncoder Encoder => Model.Value;
}
