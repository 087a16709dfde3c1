namespace CchcFeedback.Core.Satisfaction;

/// <summary>One nightly full recount: whether the incrementally kept counts equalled a recount from the raw
/// responses. A mismatch means a bug in the incremental path.</summary>
public class RollupCheck
{
    public long Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public int CountedResponses { get; set; }
    public int MismatchedCells { get; set; }
    public bool Matched => MismatchedCells == 0;
}
