using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class AnswerCountsTests
{
    [Fact]
    public void FromAnswers_NullIsNotApplicable_CountsEachLevel()
    {
        var counts = AnswerCounts.FromAnswers([5, 4, 4, null, 1, 3, null]);

        Assert.Equal(new AnswerCounts(1, 0, 1, 2, 1, notApplicable: 2), counts);
        Assert.Equal(5, counts.Valid);
        Assert.Equal(3, counts.Satisfied);
    }

    [Fact]
    public void FromAnswers_LevelSix_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerCounts.FromAnswers([6]));

    [Fact]
    public void FromStoredAnswers_ZeroIsNotApplicable_CountsLikeTheStoredForm()
    {
        short[] stored = [5, 4, 0, 4, 1, 0, 3];

        var counts = AnswerCounts.FromStoredAnswers(stored);

        Assert.Equal((1, 0, 1, 2, 1, 2), (counts.Level1, counts.Level2, counts.Level3, counts.Level4, counts.Level5, counts.NotApplicable));
        Assert.Equal(5, counts.Valid);
    }
}
