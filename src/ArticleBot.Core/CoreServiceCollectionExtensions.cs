using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the index owner, the folder watcher and the answerer, with their validated settings
    /// (sections <c>ArticleBot:Index</c> and <c>ArticleBot:Answering</c>).</summary>
    public static IServiceCollection AddArticleBotCore(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<ArticleFolderWatcher>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<QuestionAnswerer>());
        services.TryAddSingleton(provider => new Conversations.ConversationMemory(provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
