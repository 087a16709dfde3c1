using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Every figure a report prints, as the statistics engine gave it for the report's period and scope;
/// nothing here is computed again, so the document cannot disagree with the dashboards.</summary>
public sealed record ReportContent(
    ReportPeriod Period,
    ReportPlace Place,
    DateOnly IssuedOn,
    SatisfactionSummary Summary,
    SatisfactionSummary PreviousSummary,
    IReadOnlyList<UnitComparison> Comparisons,
    UnitComparison Counters,
    UnitComparison DepartmentRatings,
    MonthlyTrend Trend,
    IReadOnlyList<DepartmentMonthFigures> PetitionsByDepartment,
    DepartmentMonthFigures PetitionTotal,
    ExpectationCounts Expectations,
    TextThemes CommentThemes,
    TextThemes PetitionThemes,
    IReadOnlyList<UnitChange> Changes)
{
    public ReportPeriod PreviousPeriod => Period.Previous();

    public bool HasRatings => Summary.QuickRating.Answers > 0;
}
