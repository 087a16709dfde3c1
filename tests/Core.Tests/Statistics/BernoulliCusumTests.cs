using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class BernoulliCusumTests
{
    [Fact]
    public void Steps_UsualAndDropLevels_AreTheLogLikelihoodRatiosOfOneRating()
    {
        var (satisfied, dissatisfied) = BernoulliCusum.Steps(0.86, 0.76);

        Assert.Equal(Math.Log(0.76 / 0.86), satisfied, 1e-12);
        Assert.Equal(Math.Log(0.24 / 0.14), dissatisfied, 1e-12);
    }

    [Fact]
    public void Increment_DaysRatings_IsTheSumOfTheirSteps()
    {
        var (satisfied, dissatisfied) = BernoulliCusum.Steps(0.86, 0.76);

        Assert.Equal(17 * satisfied + 3 * dissatisfied, BernoulliCusum.Increment(0.86, 0.76, 17, 20), 1e-12);
    }

    [Fact]
    public void Steps_DropNotBelowUsual_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BernoulliCusum.Steps(0.8, 0.8));
    }
}
