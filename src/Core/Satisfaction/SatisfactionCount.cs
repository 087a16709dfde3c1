namespace CchcFeedback.Core.Satisfaction;

/// <summary>How many answers of one level one item received on one Vietnamese calendar day at one place. Every
/// published figure is computed from these counts, so a month costs as many rows as it has cells, not
/// responses. Unit ids are 0 where the response had none (a center entrance has no counter).</summary>
public class SatisfactionCount
{
    public DateOnly Day { get; set; }
    public int CenterId { get; set; }
    public int CounterId { get; set; }
    public int DepartmentId { get; set; }
    public int ProcedureId { get; set; }
    public int FormVersion { get; set; }

    /// <summary>0 for the quick rating, else the criterion's number (1–22 in form version 1).</summary>
    public short Item { get; set; }

    /// <summary>The quick rating's level (1–3), or a criterion's answer (1–5, 0 = "không áp dụng").</summary>
    public short Level { get; set; }
    public int Count { get; set; }

    public const short QuickRatingItem = 0;
}
