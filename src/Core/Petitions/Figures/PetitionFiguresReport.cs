namespace CchcFeedback.Core.Petitions.Figures;

/// <summary>The department figures of a period: one row per department and month with activity, and the total.</summary>
public sealed record PetitionFiguresReport(DateOnly From, DateOnly To, IReadOnlyList<DepartmentMonthFigures> Rows, DepartmentMonthFigures Total);
