namespace ArticleBot.Core.Analysis;

internal static class Groups
{
    /// <summary>Adds <paramref name="value"/> to the group under <paramref name="key"/>, making the group on first use.</summary>
    public static void AddToGroup<TKey, TValue, TGroup>(this Dictionary<TKey, TGroup> groups, TKey key, TValue value)
        where TKey : notnull
        where TGroup : ICollection<TValue>, new()
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new TGroup();
        }

        group.Add(value);
    }
}
