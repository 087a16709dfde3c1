using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Every headline figure of one filter: quick rating, the SIPAS-style form and the response rate.</summary>
public sealed record SatisfactionSummary(
    SatisfactionFilter Filter,
    QuickRatingFigures QuickRating,
    SipasFigures Sipas,
    ResponseRate ResponseRate);

/// <summary>Quick ratings counted over QR page openings (touchpoint_scans) in the period. <see cref="Rate"/> is
/// null when no scan was counted (answers from kiosks and apps alone have no denominator), and suppressed below
/// 10 ratings; it may exceed 1 when kiosks answer for people who never scanned.</summary>
public sealed record ResponseRate(int Responses, long Scans, PublishedFigure<double>? Rate)
{
    internal static ResponseRate From(int responses, long scans) =>
        new(responses, scans, scans == 0 ? null : SmallCellRule.Apply(responses, () => responses / (double)scans));
}
