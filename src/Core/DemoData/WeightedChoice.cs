namespace CchcFeedback.Core.DemoData;

/// <summary>Draws items in proportion to their weights.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one item needs a positive weight.", nameof(weighted));
        }
        _items = [.. list.Select(w => w.Item)];
        _cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public int Count => _items.Length;

    public T Pick(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
    }

    /// <summary>Up to <paramref name="count"/> different items, as a citizen ticks several boxes.</summary>
    public T[] PickDistinct(Random random, int count)
    {
        var picked = new List<T>(count);
        for (var attempt = 0; picked.Count < Math.Min(count, Count) && attempt < 20; attempt++)
        {
            var item = Pick(random);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }
        return [.. picked];
    }
}
