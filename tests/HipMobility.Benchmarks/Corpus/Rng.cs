namespace HipMobility.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny, fully specified generator, so a corpus depends only on (N, seed) and never on the runtime's
/// <see cref="Random"/> implementation.
/// </summary>
internal sealed class Rng(int seed)
{
    private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive) =>
        maxExclusive <= 0 ? throw new ArgumentOutOfRangeException(nameof(maxExclusive)) : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary><paramref name="low"/> ≤ result ≤ <paramref name="high"/>.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order (a partial Fisher–Yates shuffle of a copy).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        count = Math.Min(count, copy.Count);
        for (var i = 0; i < count; i++)
        {
            var j = i + Next(copy.Count - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy.GetRange(0, count);
    }
}
