namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A tally's key: the local day (or the month's first day), the place and the form version.</summary>
public readonly record struct TallyKey(DateOnly Date, int CenterId, int CounterId, int DepartmentId, int ProcedureId, int FormVersion)
{
    public TallyKey InMonth => this with { Date = new DateOnly(Date.Year, Date.Month, 1) };
}
