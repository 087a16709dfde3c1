namespace CchcFeedback.Core.Statistics;

/// <summary>A week checked against the counter's p-chart. <see cref="OneSidedPValue"/> is the chance of a share
/// this low or lower if the counter were still at its centre line.</summary>
public sealed record PChartCheck(
    WeeklyCount Week,
    double CentreLine,
    double LowerLimit,
    double OneSidedPValue,
    bool HasEnoughAnswers,
    bool Alert);
