namespace CchcFeedback.Core.Statistics;

/// <summary>A unit (center, counter, department) with its satisfied answers out of all valid answers.</summary>
public sealed record UnitShare(string Unit, int Satisfied, int Answers)
{
    public int NotSatisfied => Answers - Satisfied;

    public double Share => Answers == 0 ? double.NaN : (double)Satisfied / Answers;
}
