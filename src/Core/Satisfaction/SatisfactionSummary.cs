using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Every headline figure of one filter: quick rating, the SIPAS-style form and the response rate.</summary>
public sealed record SatisfactionSummary(
    SatisfactionFilter Filter,
    QuickRatingFigures QuickRating,
    SipasFigures Sipas,
    ResponseRate ResponseRate);

/// <summary>Quick ratings counted over QR page openings (touchpoint_scans) in the period. It is a share, so it is
/// given only when it can be one: <see cref="Rate"/> is null, with the reason in <see cref="Unknown"/>, when no scan
/// was counted or when there are more ratings than scans (kiosks, apps and other channels answer for people who
/// never scanned, so the quotient would claim more than everyone answered). Below 10 ratings it is suppressed.
/// Built only by <see cref="From"/>, so no surface can be handed a rate above 100%.</summary>
public sealed record ResponseRate
{
    private ResponseRate(int responses, long scans, PublishedFigure<double>? rate, ResponseRateUnknown? unknown)
    {
        Responses = responses;
        Scans = scans;
        Rate = rate;
        Unknown = unknown;
    }

    public int Responses { get; }

    public long Scans { get; }

    /// <summary>The share of scans followed by a rating (0–1), or null when it cannot be computed.</summary>
    public PublishedFigure<double>? Rate { get; }

    /// <summary>Why <see cref="Rate"/> is null; null when there is a rate (published or suppressed).</summary>
    public ResponseRateUnknown? Unknown { get; }

    public static ResponseRate From(int responses, long scans)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(responses);
        ArgumentOutOfRangeException.ThrowIfNegative(scans);
        if (scans == 0)
        {
            return new(responses, scans, null, ResponseRateUnknown.NoScans);
        }
        return responses > scans
            ? new(responses, scans, null, ResponseRateUnknown.MoreRatingsThanScans)
            : new(responses, scans, SmallCellRule.Apply(responses, () => responses / (double)scans), null);
    }
}

/// <summary>Why a response rate is not computable.</summary>
public enum ResponseRateUnknown
{
    /// <summary>No QR page opening was counted: answers from kiosks and apps alone have no denominator.</summary>
    NoScans,

    /// <summary>More ratings than QR page openings: some came from other channels (kiosks, apps, forms).</summary>
    MoreRatingsThanScans,
}
