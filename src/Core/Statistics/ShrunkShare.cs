namespace CchcFeedback.Core.Statistics;

/// <summary>A league-table row: the shrunk estimate that ranks the unit, with the raw share and n shown beside it.</summary>
public sealed record ShrunkShare(UnitShare Unit, double Shrunk)
{
    public double Raw => Unit.Share;

    public int Answers => Unit.Answers;
}
