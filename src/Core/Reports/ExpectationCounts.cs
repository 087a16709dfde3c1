using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>How often each expectation ("what should improve first", up to three per form) was chosen by the
/// respondents who filled in the form; every count and share is suppressed below 10 respondents.</summary>
public sealed record ExpectationCounts(int Respondents, IReadOnlyList<ExpectationCount> Choices)
{
    public bool IsPublishable => SmallCellRule.IsPublishable(Respondents);

    public static ExpectationCounts From(int respondents, IEnumerable<(string Label, int Count)> counts) => new(
        respondents,
        [.. counts
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .Select(c => new ExpectationCount(c.Label, c.Count, SmallCellRule.Apply(respondents, () => (double)c.Count / respondents)))]);
}

/// <summary>An expectation's label, how many chose it, and the share of respondents that did.</summary>
public sealed record ExpectationCount(string Label, int Count, PublishedFigure<double> Share);
