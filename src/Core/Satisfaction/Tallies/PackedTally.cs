namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A stored tally as read, its counts still in <see cref="CompactCounts"/> form: the nightly check compares
/// every stored row with its recount, and almost all are equal, so decoding each one first would be wasted work.</summary>
internal sealed class PackedTally(int[] ratings, byte[][] packed)
{
    /// <summary>Whether <paramref name="row"/> holds exactly these numbers.</summary>
    public bool Matches(SatisfactionTally row)
    {
        var values = row.Values;
        if (!values[0].AsSpan().SequenceEqual(ratings))
        {
            return false;
        }
        for (var column = 1; column < values.Count; column++)
        {
            if (!CompactCounts.Matches(values[column], packed[column - 1]))
            {
                return false;
            }
        }
        return true;
    }

    public T Unpack<T>(TallyKey key, Func<TallyKey, T> create)
        where T : SatisfactionTally
    {
        var row = create(key);
        row.Assign([ratings, .. packed.Select(CompactCounts.Decode)]);
        return row;
    }
}
