using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The quick-rating index ("Hài lòng" + "Rất hài lòng" among all ratings) with its Wilson interval, and
/// the three levels' counts; both suppressed below <see cref="SmallCellRule.MinimumAnswers"/> ratings.</summary>
public sealed record QuickRatingFigures(int Answers, PublishedFigure<WilsonInterval> Index, PublishedFigure<QuickRatingCounts> Distribution)
{
    public static QuickRatingFigures From(QuickRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(
            counts.Total,
            SmallCellRule.Apply(counts.Total, () => SatisfactionIndex.QuickRating(counts)!),
            SmallCellRule.Apply(counts, counts.Total));
    }

    /// <summary>Figures withheld although they have enough answers, to protect a small cell that a published total
    /// would otherwise give away (<see cref="SecondarySuppression"/>): shown as suppressed.</summary>
    public static QuickRatingFigures Withheld(int answers) =>
        new(answers, PublishedFigure<WilsonInterval>.Suppressed(answers), PublishedFigure<QuickRatingCounts>.Suppressed(answers));

    /// <summary>Counts by stored level (<see cref="QuickRating"/>: 1 dissatisfied, 2 satisfied, 3 very satisfied).</summary>
    internal static QuickRatingCounts Counts(IEnumerable<(short Level, long Count)> byLevel)
    {
        var counts = byLevel.GroupBy(c => c.Level).ToDictionary(g => g.Key, g => checked((int)g.Sum(c => c.Count)));
        return new QuickRatingCounts(
            counts.GetValueOrDefault((short)QuickRating.VerySatisfied),
            counts.GetValueOrDefault((short)QuickRating.Satisfied),
            counts.GetValueOrDefault((short)QuickRating.Dissatisfied));
    }
}
