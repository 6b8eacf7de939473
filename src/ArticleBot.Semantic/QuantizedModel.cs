namespace ArticleBot.Semantic;

/// <summary>An ONNX model's int8 copy, and how many of its MatMuls now multiply int8 weights.</summary>
internal sealed record QuantizedModel(byte[] Bytes, int MatMuls);
