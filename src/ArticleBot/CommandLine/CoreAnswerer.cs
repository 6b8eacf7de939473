using System.Runtime.ExceptionServices;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;

namespace ArticleBot.CommandLine;

internal static class CoreAnswerer
{
    /// <summary>
    /// The answerer, with the index already open. Opening the index (manifest, Lucene reader, catalog) and making
    /// the answerer (the related-words list, stemmed with the analyzer) do not depend on each other and are each
    /// about a third of the time to a first answer, so the index opens on another core meanwhile: on a thread of its
    /// own, since starting the thread pool for one work item costs more than the thread. The index is resolved
    /// first, on this thread, so a bad index setting is reported as before. The embedding model, when on, loads on
    /// this thread meanwhile too.
    /// </summary>
    public static IQuestionAnswerer Resolve(IServiceProvider services)
    {
        var index = services.GetRequiredService<ArticleIndex>();
        ExceptionDispatchInfo? failure = null;
        var opening = new Thread(() =>
        {
            try
            {
                index.EnsureCurrent();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }) { IsBackground = true, Name = "articlebot index open" };
        opening.Start();

        IQuestionAnswerer answerer;
        try
        {
            answerer = services.GetRequiredService<IQuestionAnswerer>();
            // The embedding model loads here while the index opens on the other thread.
            services.GetRequiredService<QuestionAnswerer>().LoadModel();
        }
        finally
        {
            // Also on a failure here: the caller disposes the index as soon as this returns or throws.
            opening.Join();
        }

        failure?.Throw();
        return answerer;
    }
}
