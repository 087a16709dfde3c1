namespace CchcFeedback.Core.Touchpoints;

/// <summary>How many times a touchpoint's page was opened on a Vietnamese calendar day: the denominator of
/// response rates. No address, device or time of day is kept.</summary>
public class TouchpointScan
{
    public int TouchpointId { get; set; }
    public DateOnly Day { get; set; }
    public int Count { get; set; }
}
