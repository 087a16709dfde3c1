using System.Globalization;
using CchcFeedback.Core.Petitions.Figures;

namespace CchcFeedback.Api.Statistics;

/// <summary>The department figures of petitions for a period: one entry per department and month with activity,
/// and the total of the selection.</summary>
public record PetitionStatisticsResponse(DateOnly From, DateOnly To, string? Department, IReadOnlyList<PetitionFiguresResponse> Months, PetitionFiguresResponse Total)
{
    public static PetitionStatisticsResponse Build(PetitionFiguresReport report, string? department) => new(
        report.From, report.To, department, [.. report.Rows.Select(PetitionFiguresResponse.From)], PetitionFiguresResponse.From(report.Total));
}

/// <summary>One department's month (or the total, with month and department null). Ratios are null without answers.</summary>
public record PetitionFiguresResponse(
    string? Month,
    string? DepartmentCode,
    string? DepartmentName,
    int Received,
    int Answered,
    int AnsweredOnTime,
    int Overdue,
    double? MedianWorkingDaysToAnswer,
    int Returned,
    int Transferred,
    int DissatisfiedReplies,
    double? OnTimeRatio,
    double? SatisfiedRatio)
{
    public static PetitionFiguresResponse From(DepartmentMonthFigures figures) => new(
        figures.Month?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        figures.DepartmentCode,
        figures.DepartmentName,
        figures.Received,
        figures.Answered,
        figures.AnsweredOnTime,
        figures.Overdue,
        figures.MedianWorkingDaysToAnswer,
        figures.Returned,
        figures.Transferred,
        figures.DissatisfiedReplies,
        figures.OnTimeRatio,
        figures.SatisfiedRatio);
}
