namespace CchcFeedback.Core.Satisfaction;

/// <summary>Sums over the responses that answered every criterion of one element on 1–5 (complete cases), per
/// day and place: what Cronbach's alpha needs (each item's variance and the variance of the element's total),
/// additive so that days and places can be summed.</summary>
public class ReliabilityMoment
{
    public DateOnly Day { get; set; }
    public int CenterId { get; set; }
    public int CounterId { get; set; }
    public int DepartmentId { get; set; }
    public int ProcedureId { get; set; }
    public int FormVersion { get; set; }

    /// <summary>The element's position in the form, from 1.</summary>
    public short Element { get; set; }

    /// <summary>A criterion's number, or 0 for the element's total score.</summary>
    public short Item { get; set; }
    public int Cases { get; set; }
    public long Sum { get; set; }
    public long SumOfSquares { get; set; }

    public const short TotalItem = 0;
}
