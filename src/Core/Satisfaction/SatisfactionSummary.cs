using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Every headline figure of one filter: quick rating, the SIPAS-style form, the response rate, and the
/// quick ratings counted by channel (the QR page, kiosks, the Api, demo data), most first.</summary>
public sealed record SatisfactionSummary(
    SatisfactionFilter Filter,
    QuickRatingFigures QuickRating,
    SipasFigures Sipas,
    ResponseRate ResponseRate,
    IReadOnlyList<ChannelCount> Channels);

/// <summary>Quick ratings counted in the figures that came through one channel (<see cref="Surveys.SurveyChannels"/>).</summary>
public sealed record ChannelCount(string Channel, int Ratings);

/// <summary>Ratings given on the QR page (<see cref="Surveys.SurveyChannels.FollowingAScan"/>) over QR page openings
/// (touchpoint_scans) in the period: kiosks, the Api and demo data answer for people who never scanned, so they are
/// counted beside it (<see cref="SatisfactionSummary.Channels"/>), never in it. It is a share, so it is given only
/// when it can be one: <see cref="Rate"/> is null, with the reason in <see cref="Unknown"/>, when no scan was
/// counted or when there are more QR-page ratings than scans (a page opened before the period and answered in it,
/// or scans lost). Below 10 ratings it is suppressed.
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
