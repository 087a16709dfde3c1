namespace CchcFeedback.Core.Statistics;

/// <summary>One week of a counter: satisfied answers out of all valid answers.</summary>
public sealed record WeeklyCount(int Satisfied, int Answers)
{
    public double Share => Answers == 0 ? double.NaN : (double)Satisfied / Answers;
}
