namespace CchcFeedback.Core.Satisfaction;

/// <summary>A week in which a counter's or department's satisfaction share fell below the lower control limit
/// of its own previous 12 weeks (SIPAS.md), with at least 10 answers.</summary>
public class SatisfactionAlert
{
    public long Id { get; set; }
    /// <summary><see cref="SatisfactionScope.Counter"/> or <see cref="SatisfactionScope.Department"/>.</summary>
    public SatisfactionScope UnitKind { get; set; }
    public int UnitId { get; set; }

    /// <summary>Monday of the local (Asia/Ho_Chi_Minh) week.</summary>
    public DateOnly WeekStart { get; set; }
    public int Responses { get; set; }
    public double Share { get; set; }
    public double CenterLine { get; set; }
    public double LowerLimit { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }
}
