namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>Tallies being built from responses: by day and place, and the same summed by month. A rollup's are
/// signed changes; a recount's are the whole counts.</summary>
internal sealed class TallyChanges
{
    public Dictionary<TallyKey, SatisfactionDay> Days { get; } = [];

    public Dictionary<TallyKey, SatisfactionMonth> Months { get; } = [];

    /// <summary>Responses read from the token strings.</summary>
    public long Responses { get; private set; }

    public bool IsEmpty => Days.Count == 0;

    /// <summary>Adds the responses that <see cref="ResponseTokens"/> encoded for one day, place and form version.</summary>
    public void Add(TallyKey key, string tokens, int sign)
    {
        if (!Days.TryGetValue(key, out var day))
        {
            Days[key] = day = SatisfactionDay.For(key);
        }
        Responses += ResponseTokens.Decode(tokens, day, sign);
    }

    /// <summary>Merges tallies built elsewhere (another part of the table) into these.</summary>
    public void Add(TallyChanges other)
    {
        foreach (var (key, theirs) in other.Days)
        {
            if (Days.TryGetValue(key, out var mine))
            {
                mine.Add(theirs);
            }
            else
            {
                Days[key] = theirs;
            }
        }
        Responses += other.Responses;
    }

    /// <summary>Fills <see cref="Months"/> from <see cref="Days"/>, once they are complete.</summary>
    public TallyChanges SumMonths()
    {
        Months.Clear();
        foreach (var (key, day) in Days)
        {
            var monthKey = key.InMonth;
            if (!Months.TryGetValue(monthKey, out var month))
            {
                Months[monthKey] = month = SatisfactionMonth.For(monthKey);
            }
            month.Add(day);
        }
        return this;
    }
}
