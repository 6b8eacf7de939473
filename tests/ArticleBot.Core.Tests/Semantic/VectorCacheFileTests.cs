using ArticleBot.Core.Semantic;

namespace ArticleBot.Core.Tests.Semantic;

public sealed class VectorCacheFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articlebot-vectors-").FullName;

    private string FilePath => Path.Combine(_folder, "vectors.bin");

    [Fact]
    public void Vectors_written_are_read_back_by_their_texts_keys()
    {
        var file = new VectorCacheFile(FilePath, 3);
        file.Write(new Dictionary<UInt128, float[]>
        {
            [VectorCacheFile.KeyOf("first paragraph")] = [1f, 0f, 0f],
            [VectorCacheFile.KeyOf("second paragraph")] = [0f, 0.6f, 0.8f],
        });

        var read = new VectorCacheFile(FilePath, 3).Read();

        Assert.Equal(2, read.Count);
        Assert.Equal([0f, 0.6f, 0.8f], read[VectorCacheFile.KeyOf("second paragraph")]);
        Assert.NotEqual(VectorCacheFile.KeyOf("first paragraph"), VectorCacheFile.KeyOf("first paragraph "));
    }

    [Fact]
    public void A_torn_last_record_is_left_out_and_the_rest_kept()
    {
        var file = new VectorCacheFile(FilePath, 2);
        file.Write(new Dictionary<UInt128, float[]> { [VectorCacheFile.KeyOf("a")] = [1f, 0f], [VectorCacheFile.KeyOf("b")] = [0f, 1f] });
        var bytes = File.ReadAllBytes(FilePath);
        File.WriteAllBytes(FilePath, bytes[..^3]);

        var read = file.Read();

        Assert.Single(read);
    }

    [Theory]
    [InlineData("not a vector file at all")]
    [InlineData("")]
    public void A_file_of_another_shape_gives_no_vectors(string content)
    {
        File.WriteAllText(FilePath, content);

        Assert.Empty(new VectorCacheFile(FilePath, 2).Read());
    }

    [Fact]
    public void Vectors_of_another_size_are_never_mixed_in()
    {
        new VectorCacheFile(FilePath, 2).Write(new Dictionary<UInt128, float[]> { [VectorCacheFile.KeyOf("a")] = [1f, 0f] });

        Assert.Empty(new VectorCacheFile(FilePath, 3).Read());
    }

    [Fact]
    public void A_missing_file_gives_no_vectors()
    {
        Assert.Empty(new VectorCacheFile(Path.Combine(_folder, "none.bin"), 2).Read());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
