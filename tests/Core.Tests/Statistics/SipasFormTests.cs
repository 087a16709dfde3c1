using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class SipasFormTests
{
    [Fact]
    public void Criteria_FormVersionOne_AreNumberedOneToTwentyTwoInElementOrder()
    {
        Assert.Equal(Enumerable.Range(1, 22), SipasForm.Criteria.Select(c => c.Number));
        Assert.Equal(["E1", "E2", "E3", "E4", "E5"], SipasForm.Elements.Select(e => e.Code));
        Assert.Equal([4, 5, 6, 3, 4], SipasForm.Elements.Select(e => e.Criteria.Count));
    }

    [Fact]
    public void Criterion_Thirteen_IsCivilServantsGuidance()
    {
        var criterion = SipasForm.Criterion(13);

        Assert.Equal("E3", criterion.ElementCode);
        Assert.Contains("tận tình, chu đáo", criterion.TextVi);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(23)]
    public void Criterion_OutOfRange_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SipasForm.Criterion(number));
}
