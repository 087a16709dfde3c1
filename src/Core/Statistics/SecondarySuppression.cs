namespace CchcFeedback.Core.Statistics;

/// <summary>A published total and the cells that add up to it (a row of months and its 12-month figure, a column
/// of centers and the province's month). Cells are indices into the table's list of answer counts.</summary>
public sealed record TableSum(int Total, IReadOnlyList<int> Parts);

/// <summary>Secondary (complementary) suppression. The small-cell rule hides a figure from fewer than
/// <see cref="SmallCellRule.MinimumAnswers"/> answers, but where a total is published beside its other parts,
/// subtraction gives the hidden one back. The rule: in every sum whose total is shown, when exactly one hidden part
/// carries answers, hide the shown part with the fewest answers as well; when no part is left to hide, hide the
/// total. Hiding a cell can expose it in another sum, so the rule is applied until nothing changes.</summary>
public static class SecondarySuppression
{
    /// <summary>Which cells to hide: those the small-cell rule hides, and those that protect them.</summary>
    public static bool[] Apply(IReadOnlyList<int> answers, IReadOnlyList<TableSum> sums, int minimumAnswers = SmallCellRule.MinimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(sums);
        var hidden = answers.Select(n => !SmallCellRule.IsPublishable(n, minimumAnswers)).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var sum in sums.Where(s => !hidden[s.Total]))
            {
                // A hidden part without answers gives nothing away; two hidden parts with answers share one difference.
                if (sum.Parts.Count(p => hidden[p] && answers[p] > 0) != 1)
                {
                    continue;
                }
                var shown = sum.Parts.Where(p => !hidden[p]).ToList();
                hidden[shown.Count > 0 ? shown.MinBy(p => answers[p]) : sum.Total] = true;
                changed = true;
            }
        }
        while (changed);
        return hidden;
    }
}
