using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Web.Pages.Transparency;

/// <summary>What the public page shows: the province's monthly trend and every center's months, over the last 12
/// local months (the current one so far included).</summary>
public sealed record TransparencyReport(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Months, MonthlyTrend Province, IReadOnlyList<CenterMonths> Centers);

/// <summary>A center's figures over the 12 months and month by month; a center without ratings has empty months.</summary>
public sealed record CenterMonths(string Code, string Name, QuickRatingFigures Period, IReadOnlyList<MonthFigure> Months);
