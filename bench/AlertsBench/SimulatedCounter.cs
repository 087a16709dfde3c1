using MathNet.Numerics.Distributions;

namespace CchcFeedback.Bench.Alerts;

/// <summary>A counter that gets ratings from <see cref="ActiveFrom"/> to <see cref="ActiveTo"/>, at a usual satisfied
/// share that, from <see cref="DropFrom"/> on (if ever), is lower by <see cref="Drop"/>. Ratings come on working days
/// only, a Poisson number a day around a fifth of the weekly volume, each satisfied with the day's share.</summary>
public sealed record SimulatedCounter(int Id, int WeeklyVolume, double UsualShare, double Drop, DateOnly? DropFrom, DateOnly ActiveFrom, DateOnly ActiveTo)
{
    public (int Satisfied, int Dissatisfied) RatingsOn(DateOnly day, Random random)
    {
        if (day < ActiveFrom || day > ActiveTo || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return (0, 0);
        }
        var share = DropFrom is { } from && day >= from ? UsualShare - Drop : UsualShare;
        var ratings = Poisson.Sample(random, WeeklyVolume / 5.0);
        var satisfied = ratings == 0 ? 0 : Binomial.Sample(random, share, ratings);
        return (satisfied, ratings - satisfied);
    }
}
