using ArticleBot.Core.Articles;
using ArticleBot.Semantic;
using ArticleBot.Testing;
using Google.Protobuf;
using Onnx;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The int8 copy of the model made at load (<c>ArticleBot:Semantic:Quantized</c>), on the real model and
/// real text: its vectors stay near fp32's, they are named apart, and a graph it cannot quantise runs in fp32.</summary>
public sealed class QuantizedEncoderTests(ITestOutputHelper output)
{
    // Measured on squad11's 4,545 questions, the minimum cosine to fp32's vector was 0.995, the mean 0.998
    // (BENCHMARKS.md, the embedding model); 0.99 leaves room for another machine's kernels.
    private const double MinimumCosine = 0.99;

    private static readonly Lazy<ArcticXsEncoder> Int8 = new(() => new ArcticXsEncoder(threads: 1, spin: false, quantized: true));

    private static readonly Lazy<ArcticXsEncoder> Fp32 = new(() => new ArcticXsEncoder(threads: 1, spin: false, quantized: false));

    [Fact]
    public void The_int8_copy_encodes_the_seed_and_its_questions_within_a_stated_cosine_of_fp32()
    {
        var paragraphs = ArticleFileReader.Read(RepoPaths.SeedArticle).Paragraphs.Select(paragraph => paragraph.Text).ToList();
        var questions = File.ReadLines(RepoPaths.DevQuestions).Where(line => line.Trim().Length > 0)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!).Take(40).ToList();

        var cosines = Cosines(Fp32.Value.EncodePassages(paragraphs), Int8.Value.EncodePassages(paragraphs))
            .Concat(Cosines(Fp32.Value.EncodeQueries(questions), Int8.Value.EncodeQueries(questions))).ToList();

        TestReport.Line(output, $"int8 against fp32 on {paragraphs.Count} seed paragraphs and {questions.Count} questions: cosine mean {cosines.Average():F4}, min {cosines.Min():F4}");
        Assert.All(cosines, cosine => Assert.InRange(cosine, MinimumCosine, 1.0001));
        // The same vectors to the last bit would mean the fp32 graph ran.
        Assert.True(cosines.Average() < 0.99999, $"int8's vectors are fp32's (mean cosine {cosines.Average():F6})");
    }

    [Fact]
    public void The_bot_runs_the_int8_copy_by_default()
    {
        Assert.Equal(Int8.Value.ModelId, TestModel.Encoder.ModelId);
    }

    [Fact]
    public void The_int8_copy_names_its_vectors_apart_from_fp32s_so_an_index_of_either_is_rebuilt_not_mixed()
    {
        Assert.NotEqual(Fp32.Value.ModelId, Int8.Value.ModelId);
        Assert.StartsWith(Fp32.Value.ModelId, Int8.Value.ModelId, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_MatMul_with_a_constant_weight_is_quantised_and_the_embeddings_and_attention_stay_fp32()
    {
        using var original = ArcticXsEncoder.PackageModel();

        var copy = DynamicQuantizer.Quantize(original);

        var graph = ModelProto.Parser.ParseFrom(copy.Bytes).Graph;
        var initializers = graph.Initializer.ToDictionary(tensor => tensor.Name);
        // Six layers: query, key, value, attention output, intermediate and output dense, each a MatMul of a weight.
        Assert.Equal(36, copy.MatMuls);
        Assert.Equal(36, graph.Node.Count(node => node.OpType == "MatMulInteger"));
        // One activation quantised for the query, key and value that read it: four per layer.
        Assert.Equal(24, graph.Node.Count(node => node.OpType == "DynamicQuantizeLinear"));
        // What is left as MatMul multiplies two activations (the attention's scores and their sum over values).
        Assert.All(graph.Node.Where(node => node.OpType == "MatMul"), node => Assert.DoesNotContain(node.Input[1], initializers.Keys));
        Assert.Equal(12, graph.Node.Count(node => node.OpType == "MatMul"));
        var gathered = graph.Node.Where(node => node.OpType == "Gather").Select(node => node.Input[0]).Where(initializers.ContainsKey).ToList();
        Assert.NotEmpty(gathered);
        Assert.All(gathered, name => Assert.Equal((int)TensorProto.Types.DataType.Float, initializers[name].DataType));
        // The fp32 weights are gone, not kept beside their int8 copy: 10.6M weights of 4 bytes become 1 (the 47 MB
        // embedding table stays fp32).
        Assert.True(original.Length - copy.Bytes.Length > 30_000_000, $"{original.Length} bytes became {copy.Bytes.Length}");
    }

    [Fact]
    public void A_model_that_is_not_an_onnx_graph_runs_in_fp32_and_the_log_says_why()
    {
        var logs = new CapturedLogs();
        var truncated = new byte[4096];
        using (var package = ArcticXsEncoder.PackageModel())
        {
            package.ReadExactly(truncated);
        }

        using var encoder = new ArcticXsEncoder(threads: 1, spin: false, quantized: true, logs.CreateLogger("test"), () => new MemoryStream(truncated));

        var vector = encoder.EncodeQuery("Who founded DeepSeek?");

        Assert.Equal(Fp32.Value.ModelId, encoder.ModelId);
        Assert.Equal(Fp32.Value.EncodeQuery("Who founded DeepSeek?"), vector);
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning", StringComparison.Ordinal) && entry.Contains("runs in fp32", StringComparison.Ordinal));
    }

    [Fact]
    public void A_graph_with_no_constant_weight_to_quantise_runs_in_fp32_and_the_log_says_why()
    {
        var logs = new CapturedLogs();
        var odd = OnlyActivationsMatMul();
        using var encoder = new ArcticXsEncoder(threads: 1, spin: false, quantized: true, logs.CreateLogger("test"), () => new MemoryStream(odd));

        var vector = encoder.EncodeQuery("Who founded DeepSeek?");

        Assert.Equal(Fp32.Value.ModelId, encoder.ModelId);
        Assert.Equal(Fp32.Value.EncodeQuery("Who founded DeepSeek?"), vector);
        Assert.Contains(logs.Entries, entry => entry.Contains("no MatMul with a constant fp32 weight", StringComparison.Ordinal));
    }

    /// <summary>A valid ONNX model whose one MatMul multiplies its two inputs: nothing in it is a weight.</summary>
    private static byte[] OnlyActivationsMatMul()
    {
        var model = new ModelProto { IrVersion = 6, Graph = new GraphProto { Name = "activations" } };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 11 });
        var node = new NodeProto { OpType = "MatMul", Name = "product" };
        node.Input.AddRange(["a", "b"]);
        node.Output.Add("y");
        model.Graph.Node.Add(node);
        foreach (var name in new[] { "a", "b", "y" })
        {
            var type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float } };
            (name == "y" ? model.Graph.Output : model.Graph.Input).Add(new ValueInfoProto { Name = name, Type = type });
        }

        return model.ToByteArray();
    }

    private static IEnumerable<double> Cosines(float[][] fp32, float[][] int8) =>
        fp32.Zip(int8, (a, b) => a.Zip(b, (x, y) => (double)x * y).Sum());
}
