using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;

namespace ArticleBot.CommandLine;

internal static class CoreAnswerer
{
    /// <summary>
    /// The answerer, with the index already open. Opening the index (manifest, Lucene reader, catalog) and making
    /// the answerer (the related-words list, stemmed with the analyzer) do not depend on each other and are each
    /// about a third of the time to a first answer, so the index opens on another core meanwhile. The index is
    /// resolved first, on this thread, so a bad index setting is reported as before.
    /// </summary>
    public static IQuestionAnswerer Resolve(IServiceProvider services)
    {
        var index = services.GetRequiredService<ArticleIndex>();
        var opening = Task.Run(() => index.EnsureCurrent());
        IQuestionAnswerer answerer;
        try
        {
            answerer = services.GetRequiredService<IQuestionAnswerer>();
        }
        catch
        {
            // The caller disposes the index as soon as this throws: let the opening finish first.
            Task.WhenAny(opening).Wait();
            throw;
        }

        opening.GetAwaiter().GetResult();
        return answerer;
    }
}
