namespace CchcFeedback.Core.Satisfaction;

/// <summary>Quick ratings per local day and hour at one place: the hour × weekday heat map.</summary>
public class HourlyCount
{
    public DateOnly Day { get; set; }
    public short Hour { get; set; }
    public int CenterId { get; set; }
    public int CounterId { get; set; }
    public int DepartmentId { get; set; }
    public int ProcedureId { get; set; }
    public int Responses { get; set; }

    /// <summary>Rated "Hài lòng" or "Rất hài lòng".</summary>
    public int Satisfied { get; set; }
}
