using System.Buffers.Binary;
using Google.Protobuf;
using Onnx;

namespace ArticleBot.Semantic;

/// <summary>
/// An int8 copy of an ONNX graph, made in memory the way onnxruntime's <c>quantize_dynamic</c> (per channel, int8
/// weights) makes it: every MatMul whose second input is a constant 2-D weight becomes
/// DynamicQuantizeLinear(activation) → MatMulInteger(uint8 activation, int8 weight, zero points) → Cast → Mul by the
/// activation's scale times each column's scale. ONNX Runtime's optimiser fuses that chain into one
/// MatMulIntegerToFloat at the "all" level. Everything else stays fp32: the embeddings' Gather, LayerNorm, the
/// attention's own MatMuls (both inputs are activations) and its softmax.
/// </summary>
internal static class DynamicQuantizer
{
    // DynamicQuantizeLinear is an ONNX operator from opset 11 on (MatMulInteger from 10).
    private const long MinimumOpset = 11;

    /// <summary>Weights are symmetric around 0 (zero point 0), as <c>quantize_dynamic</c> makes int8 weights, so a
    /// column's scale is its largest magnitude over 127.</summary>
    private const float Int8Max = 127f;

    /// <exception cref="InvalidDataException">The bytes are not an ONNX model, or one this cannot quantise (an opset
    /// before 11, no MatMul with a constant fp32 weight).</exception>
    public static QuantizedModel Quantize(Stream model)
    {
        ModelProto proto;
        try
        {
            // Parsed from the stream, not a copy of its 90 MB in an array first: the copy's peak memory is the parsed
            // graph and the bytes written.
            proto = ModelProto.Parser.ParseFrom(model);
        }
        catch (InvalidProtocolBufferException exception)
        {
            throw new InvalidDataException("Not an ONNX model: " + exception.Message, exception);
        }

        var graph = proto.Graph ?? throw new InvalidDataException("The model has no graph.");
        var opset = proto.OpsetImport.FirstOrDefault(import => import.Domain is "" or "ai.onnx")?.Version ?? 0;
        if (opset < MinimumOpset)
        {
            throw new InvalidDataException($"The model's opset is {opset}; DynamicQuantizeLinear needs {MinimumOpset}.");
        }

        var initializers = graph.Initializer.ToDictionary(tensor => tensor.Name);
        var quantizedWeights = new Dictionary<string, (string Weight, string ZeroPoint, string Scale)>();
        var quantizedActivations = new Dictionary<string, (string Value, string Scale, string ZeroPoint)>();
        var nodes = new List<NodeProto>(graph.Node.Count);
        var replaced = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Domain is not ("" or "ai.onnx") || node.Input.Count != 2
                || !initializers.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight))
            {
                nodes.Add(node);
                continue;
            }

            if (!quantizedWeights.TryGetValue(weight.Name, out var quantized))
            {
                quantized = AddWeight(graph, weight);
                quantizedWeights.Add(weight.Name, quantized);
            }

            // One quantisation of an activation serves every MatMul that reads it (a layer's query, key and value).
            var activation = node.Input[0];
            if (!quantizedActivations.TryGetValue(activation, out var input))
            {
                input = (activation + "_quantized", activation + "_scale", activation + "_zero_point");
                nodes.Add(Node("DynamicQuantizeLinear", activation + "_DynamicQuantizeLinear", [activation], [input.Value, input.Scale, input.ZeroPoint]));
                quantizedActivations.Add(activation, input);
            }

            var name = node.Name.Length > 0 ? node.Name : node.Output[0];
            var product = name + "_MatMulInteger_output";
            var asFloat = name + "_Cast_output";
            var scale = name + "_scale";
            nodes.Add(Node("MatMulInteger", name + "_MatMulInteger", [input.Value, quantized.Weight, input.ZeroPoint, quantized.ZeroPoint], [product]));
            var cast = Node("Cast", name + "_Cast", [product], [asFloat]);
            cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
            nodes.Add(cast);
            nodes.Add(Node("Mul", name + "_scales_Mul", [input.Scale, quantized.Scale], [scale]));
            nodes.Add(Node("Mul", name + "_Mul", [asFloat, scale], [node.Output[0]]));
            replaced++;
        }

        if (replaced == 0)
        {
            throw new InvalidDataException("The model has no MatMul with a constant fp32 weight to quantise.");
        }

        // The fp32 weights nothing reads any more would keep the copy as large as the original.
        var read = nodes.SelectMany(node => node.Input).Concat(graph.Output.Select(output => output.Name)).ToHashSet();
        foreach (var name in quantizedWeights.Keys.Where(name => !read.Contains(name)))
        {
            graph.Initializer.Remove(initializers[name]);
            if (graph.Input.FirstOrDefault(input => input.Name == name) is { } listed)
            {
                graph.Input.Remove(listed);
            }
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        return new QuantizedModel(proto.ToByteArray(), replaced);
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.Dims.Count == 2
        && tensor.DataLocation != TensorProto.Types.DataLocation.External
        && (tensor.RawData.Length == tensor.Dims[0] * tensor.Dims[1] * sizeof(float) || tensor.FloatData.Count == tensor.Dims[0] * tensor.Dims[1]);

    /// <summary>The weight as int8, one scale and one zero point per output column (axis 1 of a MatMul's [K, N]
    /// weight), added to the graph's initializers.</summary>
    private static (string Weight, string ZeroPoint, string Scale) AddWeight(GraphProto graph, TensorProto weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var values = Floats(weight);
        var scales = new float[columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                scales[column] = MathF.Max(scales[column], MathF.Abs(values[(row * columns) + column]));
            }
        }

        for (var column = 0; column < columns; column++)
        {
            // A column of zeros multiplies to zero at any scale; 1 keeps the division defined.
            scales[column] = scales[column] > 0 ? scales[column] / Int8Max : 1f;
        }

        var quantized = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            quantized[i] = (byte)(sbyte)Math.Clamp(MathF.Round(values[i] / scales[i % columns], MidpointRounding.ToEven), -Int8Max, Int8Max);
        }

        var scaleBytes = new byte[columns * sizeof(float)];
        for (var column = 0; column < columns; column++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan(column * sizeof(float)), scales[column]);
        }

        var names = (weight.Name + "_quantized", weight.Name + "_zero_point", weight.Name + "_scale");
        graph.Initializer.Add(Tensor(names.Item1, TensorProto.Types.DataType.Int8, [rows, columns], quantized));
        graph.Initializer.Add(Tensor(names.Item2, TensorProto.Types.DataType.Int8, [columns], new byte[columns]));
        graph.Initializer.Add(Tensor(names.Item3, TensorProto.Types.DataType.Float, [columns], scaleBytes));
        return names;
    }

    private static float[] Floats(TensorProto tensor)
    {
        if (tensor.FloatData.Count > 0)
        {
            return [.. tensor.FloatData];
        }

        var bytes = tensor.RawData.Span;
        var values = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            // ONNX's raw_data is little-endian whatever the machine.
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return values;
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, byte[] raw)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static NodeProto Node(string opType, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }
}
