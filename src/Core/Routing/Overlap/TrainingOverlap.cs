namespace CchcFeedback.Core.Routing.Overlap;

/// <summary>A training text that shares too many word pairs with a development item.</summary>
/// <param name="Source">Where the text is (e.g. <c>examples.jsonl:12</c>), never the text itself.</param>
/// <param name="Share">Shared pairs over the pairs of the smaller of the two.</param>
/// <param name="Pairs">The pairs of the smaller of the two (the share's denominator).</param>
public record OverlapFinding(string Source, string DevItem, double Share, int Pairs);

/// <summary>A text the recogniser learns from, named by where it comes from.</summary>
public record TrainingText(string Source, string Text);

/// <summary>The leak guard (issue 17): development items are measured, never learnt from, so no training text may
/// share <see cref="MaxShare"/> or more of the word pairs of either side with any of them: a petition re-worded
/// from a test item is caught however it is re-ordered, and so is a short development question copied inside a
/// long training text. The share is of the smaller side's pairs (shared / min(training pairs, item pairs)).</summary>
public static class TrainingOverlap
{
    public const double MaxShare = 0.5;

    /// <summary>When the smaller side has fewer pairs than this, it is a name or a phrase (a catalog name, "đăng ký
    /// khai sinh"), which every petition about it contains; it cannot paraphrase a petition, and the guard would
    /// only forbid the catalog's own words.</summary>
    public const int MinPairs = 4;

    public static IReadOnlyList<OverlapFinding> Find(IEnumerable<TrainingText> training, IReadOnlyList<DevFingerprint> dev, double maxShare = MaxShare)
    {
        var findings = new List<OverlapFinding>();
        foreach (var text in training)
        {
            var pairs = WordPairs.HashesOf(text.Text);
            if (pairs.Count < MinPairs)
            {
                continue;
            }
            var worst = dev
                .Select(item => (item.Item, Smaller: Math.Min(pairs.Count, item.PairHashes.Count), Shared: pairs.Count(item.PairHashes.Contains)))
                .Where(x => x.Smaller >= MinPairs)
                .Select(x => (x.Item, x.Smaller, Share: (double)x.Shared / x.Smaller))
                .MaxBy(x => x.Share);
            if (worst.Item is not null && worst.Share >= maxShare)
            {
                findings.Add(new OverlapFinding(text.Source, worst.Item, worst.Share, worst.Smaller));
            }
        }
        return findings;
    }
}
