using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// What ranking reads of every candidate (its article, paragraph number and text), kept beside the stored fields as
/// uncompressed binary doc values. Reading a stored document decompresses its whole 16 KB chunk; in a large index the
/// 40 candidates of a question lie in 40 chunks, and that was half the time of an answer. Doc values are read in place
/// from the memory-mapped file.
/// </summary>
public static class PassageValues
{
    public const string Field = "passage";

    /// <summary>Lucene's limit for one binary doc value; a longer passage is read from its stored fields.</summary>
    private const int MaxBytes = 32_766;

    /// <summary>The doc value for a passage, or null when it is too long to keep as one.</summary>
    public static BinaryDocValuesField? For(string articleId, int paragraph, string text)
    {
        // [paragraph: int32][article id length: uint16][article id][text], UTF-8.
        var idBytes = Encoding.UTF8.GetByteCount(articleId);
        var length = 4 + 2 + idBytes + Encoding.UTF8.GetByteCount(text);
        if (length > MaxBytes || idBytes > ushort.MaxValue)
        {
            return null;
        }

        var bytes = new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, paragraph);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), (ushort)idBytes);
        Encoding.UTF8.GetBytes(articleId, bytes.AsSpan(6));
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(6 + idBytes));
        return new BinaryDocValuesField(Field, new BytesRef(bytes));
    }

    /// <summary>Reads document <paramref name="doc"/>'s passage; false when it has none (an index built before
    /// these values existed, or a passage too long for one).</summary>
    public static bool TryRead(IndexReader reader, int doc, out string articleId, out int paragraph, out string text)
    {
        (articleId, paragraph, text) = ("", 0, "");
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(Field);
        if (values is null)
        {
            return false;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        if (bytes.Length < 6)
        {
            return false;
        }

        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        paragraph = BinaryPrimitives.ReadInt32LittleEndian(span);
        var idBytes = BinaryPrimitives.ReadUInt16LittleEndian(span[4..]);
        articleId = Encoding.UTF8.GetString(span.Slice(6, idBytes));
        text = Encoding.UTF8.GetString(span[(6 + idBytes)..]);
        return true;
    }
}
