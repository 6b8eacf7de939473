using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the index owner, the folder watcher and the answerer, with their validated settings
    /// (sections <c>ArticleBot:Index</c>, <c>ArticleBot:Answering</c> and <c>ArticleBot:Conversations</c>).</summary>
    public static IServiceCollection AddArticleBotCore(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<ArticleFolderWatcher>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<QuestionAnswerer>());
        services.TryAddSingleton(provider => new ConversationMemory(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<ConversationOptions>>().Value.Capacity));
        return services;
    }
}
