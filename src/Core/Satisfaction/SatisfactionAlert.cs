namespace CchcFeedback.Core.Satisfaction;

/// <summary>A sustained fall of a counter's or department's satisfied share below its usual level, found by the drop
/// chart (docs/adr/0013-sustained-drop-alerts.md) on at least 10 ratings; one per unit and week.</summary>
public class SatisfactionAlert
{
    public long Id { get; set; }
    /// <summary><see cref="SatisfactionScope.Counter"/> or <see cref="SatisfactionScope.Department"/>.</summary>
    public SatisfactionScope UnitKind { get; set; }
    public int UnitId { get; set; }

    /// <summary>Monday of the local (Asia/Ho_Chi_Minh) week in which the chart signalled.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>The evidence: the days from which the unit's ratings ran below its usual share, to the signal.</summary>
    public DateOnly EvidenceFrom { get; set; }
    public DateOnly EvidenceTo { get; set; }

    /// <summary>Ratings of the evidence days, and their satisfied share.</summary>
    public int Responses { get; set; }
    public double Share { get; set; }

    /// <summary>The usual level: the satisfied share of the weeks before (up to 52; the recent 12 when the older ones
    /// disagree), on so many ratings.</summary>
    public int BaselineWeeks { get; set; }
    public int BaselineResponses { get; set; }
    public double CenterLine { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }
}
