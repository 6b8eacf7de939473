using ArticleBot.Core.Caching;

namespace ArticleBot.Core.Tests.Caching;

public sealed class BoundedCacheTests
{
    [Fact]
    public void A_full_cache_keeps_what_it_has_and_hands_back_new_values_without_keeping_them()
    {
        var cache = new BoundedCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("b", 2);

        Assert.Equal(3, cache.Add("c", 3));

        Assert.True(cache.IsFull);
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("c", out _));
        Assert.True(cache.TryGet("a", out var a) && a == 1);
    }

    [Fact]
    public void Adding_a_key_already_kept_returns_the_value_kept_first()
    {
        var cache = new BoundedCache<string, string>(10, StringComparer.Ordinal);
        var first = cache.Add("stem", "first");

        Assert.Equal("first", cache.Add("stem", "second"));
        Assert.Equal("first", first);
        Assert.Equal(1, cache.Count);
    }
}
