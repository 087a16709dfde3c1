namespace CchcFeedback.Core.Statistics;

/// <summary>Counts of the one-stop quick rating's three levels.</summary>
public sealed record QuickRatingCounts
{
    public QuickRatingCounts(int verySatisfied, int satisfied, int dissatisfied)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(verySatisfied);
        ArgumentOutOfRangeException.ThrowIfNegative(satisfied);
        ArgumentOutOfRangeException.ThrowIfNegative(dissatisfied);
        VerySatisfied = verySatisfied;
        Satisfied = satisfied;
        Dissatisfied = dissatisfied;
    }

    /// <summary>Rất hài lòng.</summary>
    public int VerySatisfied { get; }

    /// <summary>Hài lòng.</summary>
    public int Satisfied { get; }

    /// <summary>Không hài lòng.</summary>
    public int Dissatisfied { get; }

    public int Total => VerySatisfied + Satisfied + Dissatisfied;
}
