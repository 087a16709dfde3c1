using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Api.Statistics;

/// <summary>The satisfaction figures of a period and scope. Every figure carries its n; a figure resting on fewer
/// than <see cref="MinimumAnswers"/> answers is published as "không đủ dữ liệu": <c>suppressed</c> is true and its
/// values are null, never a number.</summary>
public record SatisfactionStatisticsResponse(
    DateOnly From,
    DateOnly To,
    SatisfactionScope Scope,
    string? Code,
    string Name,
    int MinimumAnswers,
    QuickRatingResponse QuickRating,
    SipasResponse Sipas,
    ResponseRateResponse ResponseRate,
    TrendResponse Trend,
    UnitsResponse Units)
{
    public static SatisfactionStatisticsResponse Build(
        SatisfactionRequest request, SatisfactionSummary summary, MonthlyTrend trend, UnitComparison units) => new(
            request.Filter.From,
            request.Filter.To,
            request.Scope,
            request.Unit.Code,
            request.Unit.Name,
            SmallCellRule.MinimumAnswers,
            QuickRatingResponse.From(summary.QuickRating),
            SipasResponse.From(summary.Sipas),
            ResponseRateResponse.From(summary.ResponseRate, summary.Channels),
            TrendResponse.From(trend),
            UnitsResponse.From(units));
}

/// <summary>A 95% interval: Wilson's for shares, Student's t for mean scores.</summary>
public record IntervalResponse(double Lower, double Upper, double Confidence)
{
    public static IntervalResponse? From(PublishedFigure<WilsonInterval> share) =>
        share.TryGetValue(out var s) ? new(s.Lower, s.Upper, s.Confidence) : null;
}

/// <summary>A mean score on 1–5 with its t-interval.</summary>
public record MeanResponse(double Value, double Lower, double Upper, double Confidence)
{
    public static MeanResponse? From(PublishedFigure<MeanInterval> mean) =>
        mean.TryGetValue(out var m) ? new(m.Mean, m.Lower, m.Upper, m.Confidence) : null;
}

/// <summary>Share of "Hài lòng" + "Rất hài lòng" among quick ratings.</summary>
public record QuickRatingResponse(int N, bool Suppressed, double? Index, IntervalResponse? Interval, QuickRatingDistributionResponse? Distribution)
{
    public static QuickRatingResponse From(QuickRatingFigures figures) => new(
        figures.Answers,
        figures.Index.IsSuppressed,
        figures.Index.TryGetValue(out var index) ? index.Estimate : null,
        IntervalResponse.From(figures.Index),
        figures.Distribution.TryGetValue(out var d) ? new(d.VerySatisfied, d.Satisfied, d.Dissatisfied) : null);
}

public record QuickRatingDistributionResponse(int VerySatisfied, int Satisfied, int Dissatisfied);

/// <summary>The SIPAS-style index (mean of the five element indices) and mean score (mean of the elements' mean
/// scores, its bounds the mean of theirs: conservative); n is the fewest answers of any criterion.</summary>
public record SipasResponse(int N, bool Suppressed, double? Index, MeanResponse? Mean, IReadOnlyList<ElementResponse> Elements)
{
    public static SipasResponse From(SipasFigures figures) => new(
        figures.Answers,
        figures.Index.IsSuppressed,
        figures.Index.TryGetValue(out var index) ? index : null,
        MeanResponse.From(figures.Mean),
        [.. figures.Elements.Select(ElementResponse.From)]);
}

public record ElementResponse(
    string Code,
    string Name,
    string NameEn,
    int N,
    bool Suppressed,
    double? Index,
    MeanResponse? Mean,
    ReliabilityResponse Reliability,
    IReadOnlyList<CriterionResponse> Criteria)
{
    public static ElementResponse From(ElementFigures figures) => new(
        figures.Element.Code,
        figures.Element.NameVi,
        figures.Element.NameEn,
        figures.Answers,
        figures.Index.IsSuppressed,
        figures.Index.TryGetValue(out var index) ? index : null,
        MeanResponse.From(figures.Mean),
        ReliabilityResponse.From(figures.Reliability),
        [.. figures.Criteria.Select(CriterionResponse.From)]);
}

/// <summary>Cronbach's alpha over the complete cases; null when suppressed or undefined (every total equal).</summary>
public record ReliabilityResponse(int CompleteCases, bool Suppressed, double? CronbachAlpha)
{
    public static ReliabilityResponse From(ElementReliability reliability) => new(
        reliability.CompleteCases,
        reliability.Alpha.IsSuppressed,
        reliability.Alpha.TryGetValue(out var alpha) && double.IsFinite(alpha.Value) ? alpha.Value : null);
}

/// <summary>A criterion: share of answers 4–5 among 1–5, mean score and the answers by level.</summary>
public record CriterionResponse(
    int Number,
    string Text,
    string TextEn,
    int N,
    bool Suppressed,
    double? Index,
    IntervalResponse? Interval,
    MeanResponse? Mean,
    AnswerDistributionResponse? Distribution)
{
    public static CriterionResponse From(CriterionFigures figures) => new(
        figures.Criterion.Number,
        figures.Criterion.TextVi,
        figures.Criterion.TextEn,
        figures.Answers,
        figures.Index.IsSuppressed,
        figures.Index.TryGetValue(out var index) ? index.Estimate : null,
        IntervalResponse.From(figures.Index),
        MeanResponse.From(figures.Mean),
        figures.Distribution.TryGetValue(out var d) ? new(d.Level1, d.Level2, d.Level3, d.Level4, d.Level5, d.NotApplicable) : null);
}

/// <summary>Answers by level: 1 Rất không hài lòng … 5 Rất hài lòng, and "không áp dụng".</summary>
public record AnswerDistributionResponse(int Level1, int Level2, int Level3, int Level4, int Level5, int NotApplicable);

/// <summary>Ratings given on the QR page (<c>responses</c>) over QR page openings (<c>scans</c>), a share between 0
/// and 1; <c>channels</c> counts the quick ratings of every channel (<c>web</c> the QR page, <c>kiosk</c> counter
/// tablets, <c>api</c>, <c>demo</c>), which are never divided by scans. The rate is null when it cannot be
/// computed, and <c>unknown</c> says why: <c>no_scans</c> (no QR page opening counted) or
/// <c>more_ratings_than_scans</c> (the quotient would be above 100%). Never a number above 1.</summary>
public record ResponseRateResponse(int Responses, long Scans, bool Suppressed, double? Rate, ResponseRateUnknown? Unknown, IReadOnlyDictionary<string, int> Channels)
{
    public static ResponseRateResponse From(ResponseRate rate, IReadOnlyList<ChannelCount> channels) => new(
        rate.Responses,
        rate.Scans,
        rate.Rate?.IsSuppressed ?? false,
        rate.Rate is { } figure && figure.TryGetValue(out var value) ? value : null,
        rate.Unknown,
        channels.ToDictionary(c => c.Channel, c => c.Ratings));
}

/// <summary>The quick-rating index per local month and the least-squares slope through the published months
/// (per month, on the 0–1 scale), null with fewer than three.</summary>
public record TrendResponse(IReadOnlyList<MonthResponse> Months, SlopeResponse? Slope)
{
    public static TrendResponse From(MonthlyTrend trend) => new(
        [.. trend.Months.Select(m => new MonthResponse(
            m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            m.QuickRating.Answers,
            m.QuickRating.Index.IsSuppressed,
            m.QuickRating.Index.TryGetValue(out var index) ? index.Estimate : null,
            IntervalResponse.From(m.QuickRating.Index)))],
        trend.Line is { } line ? new SlopeResponse(line.Slope, line.StandardError, line.PValue, line.DegreesOfFreedom + 2) : null);
}

public record MonthResponse(string Month, int N, bool Suppressed, double? Index, IntervalResponse? Interval);

public record SlopeResponse(double PerMonth, double StandardError, double PValue, int Months);

/// <summary>The units one level down compared on the quick-rating index: a chi-square test over the units with
/// enough answers, then pairwise tests corrected by Holm's method; <c>betterThan</c> and <c>worseThan</c> list
/// only significant differences.</summary>
public record UnitsResponse(
    SatisfactionScope Kind,
    bool UnitsDiffer,
    double? ChiSquare,
    int DegreesOfFreedom,
    double? PValue,
    MultipleComparisonMethod Correction,
    IReadOnlyList<UnitResponse> Units)
{
    public static UnitsResponse From(UnitComparison comparison) => new(
        comparison.Kind,
        comparison.UnitsDiffer,
        comparison.Test.IsTested ? comparison.Test.Statistic : null,
        comparison.Test.DegreesOfFreedom,
        comparison.Test.IsTested ? comparison.Test.PValue : null,
        comparison.Method,
        [.. comparison.Units.Select(u => new UnitResponse(
            u.Unit.Code,
            u.Unit.Name,
            u.QuickRating.Answers,
            u.QuickRating.Index.IsSuppressed,
            u.QuickRating.Index.TryGetValue(out var index) ? index.Estimate : null,
            IntervalResponse.From(u.QuickRating.Index),
            [.. u.BetterThan.Select(b => b.Code)],
            [.. u.WorseThan.Select(w => w.Code)]))]);
}

public record UnitResponse(
    string Code,
    string Name,
    int N,
    bool Suppressed,
    double? Index,
    IntervalResponse? Interval,
    IReadOnlyList<string> BetterThan,
    IReadOnlyList<string> WorseThan);
