using ArticleBot.Core;
using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Semantic;

public static class SemanticServiceCollectionExtensions
{
    /// <summary>Registers the embedding model and the <see cref="SemanticIndex"/> the answerer ranks with, when
    /// <c>ArticleBot:Semantic:Enabled</c> is true (the default).</summary>
    public static IServiceCollection AddArticleBotSemantic(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SemanticOptions>().BindConfiguration(SemanticOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        if (!configuration.GetValue(SemanticOptions.Section + ":" + nameof(SemanticOptions.Enabled), true))
        {
            return services;
        }

        services.AddSingleton<ITextEncoder, ArcticXsEncoder>();
        services.AddSingleton(provider => new SemanticIndex(
            provider.GetRequiredService<ITextEncoder>(),
            provider.GetRequiredService<ILogger<SemanticIndex>>(),
            sentenceVectors: provider.GetRequiredService<IOptions<SemanticOptions>>().Value.SentenceVectors,
            passageContext: provider.GetRequiredService<IOptions<SemanticOptions>>().Value.PassageContext));
        return services;
    }
}
