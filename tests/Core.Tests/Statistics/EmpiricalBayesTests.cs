using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class EmpiricalBayesTests
{
    private const double Tolerance = 1e-4;

    private static readonly UnitShare[] Counters =
    [
        new("Q1", 5, 5), new("Q2", 480, 500), new("Q3", 80, 100), new("Q4", 150, 200),
        new("Q5", 45, 60), new("Q6", 300, 400), new("Q7", 18, 20),
    ];

    [Fact]
    public void FitPrior_SevenCounters_MatchesHandMethodOfMoments()
    {
        // m = Σk/Σn = 1078/1285 = 0.838911; raw shares 1, 0.96, 0.8, 0.75, 0.75, 0.75, 0.9 have mean 0.844286 and
        // variance 0.011562; binomial noise m(1 − m)·mean(1/n) = 0.135140·0.040881 = 0.005525; between 0.006037;
        // α + β = m(1 − m)/between − 1 = 21.384248 → α = 17.939470, β = 3.444778.
        var prior = EmpiricalBayes.FitPrior(Counters);

        Assert.Equal(17.939470, prior.Alpha, Tolerance);
        Assert.Equal(3.444778, prior.Beta, Tolerance);
    }

    [Fact]
    public void LeagueTable_FiveOfFive_RanksBelowFourHundredEightyOfFiveHundred()
    {
        // Shrunk: 480/500 → 497.939/521.384 = 0.955034; 5/5 → 22.939/26.384 = 0.869438.
        var table = EmpiricalBayes.LeagueTable(Counters);

        Assert.Equal("Q2", table[0].Unit.Unit);
        Assert.Equal("Q1", table[1].Unit.Unit);
        Assert.Equal(0.955034, table[0].Shrunk, Tolerance);
        Assert.Equal(0.869438, table[1].Shrunk, Tolerance);
        Assert.Equal(1, table[1].Raw);
        Assert.Equal(5, table[1].Answers);
    }

    [Fact]
    public void FitPrior_EveryAnswerSatisfied_FallsBackToUniform()
    {
        var prior = EmpiricalBayes.FitPrior([new("A", 5, 5), new("B", 500, 500)]);

        Assert.Equal(BetaPrior.Uniform, prior);
    }

    [Fact]
    public void FitPrior_NoSpreadBeyondNoise_CapsStrengthAtTotalAnswers()
    {
        // Identical shares 0.8: observed variance 0 < noise, so α + β = Σn = 200, α = 160, β = 40.
        var prior = EmpiricalBayes.FitPrior([new("A", 80, 100), new("B", 80, 100)]);

        Assert.Equal(200, prior.Strength, Tolerance);
        Assert.Equal(160, prior.Alpha, Tolerance);
    }

    [Fact]
    public void FitPrior_SingleUnit_FallsBackToUniform() =>
        Assert.Equal(BetaPrior.Uniform, EmpiricalBayes.FitPrior([new("A", 7, 10), new("B", 0, 0)]));

    [Fact]
    public void Shrink_UniformPrior_IsLaplaceRule() =>
        Assert.Equal(6.0 / 7.0, BetaPrior.Uniform.Shrink(5, 5), Tolerance);
}
