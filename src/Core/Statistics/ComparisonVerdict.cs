namespace CchcFeedback.Core.Statistics;

public enum ComparisonVerdict
{
    NoSignificantDifference,
    FirstBetter,
    FirstWorse,
}
