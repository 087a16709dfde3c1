namespace CchcFeedback.Core.Statistics;

/// <summary>A counter's p-chart check after correcting for all counters checked the same week.</summary>
public sealed record CorrectedAlert(PChartCheck Check, double AdjustedPValue, bool Alert);
