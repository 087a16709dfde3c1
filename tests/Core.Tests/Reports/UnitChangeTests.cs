using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Reports;

public class UnitChangeTests
{
    private static readonly SatisfactionUnit Counter = new(SatisfactionScope.Counter, 1, "TT_TINH-TP", "Quầy Tư pháp");

    /// <summary>The table prints both shares to a tenth of a point; the change it prints is theirs.</summary>
    [Theory]
    [InlineData(8804, 8806, "88,0%", "88,1%", "+0,1")]
    [InlineData(8836, 9824, "88,4%", "98,2%", "+9,8")]
    [InlineData(9000, 9000, "90,0%", "90,0%", "0,0")]
    [InlineData(8806, 8804, "88,1%", "88,0%", "−0,1")]
    public void ShownChange_IsTheDifferenceOfTheSharesAsPrinted(int before, int now, string printedBefore, string printedNow, string printedChange)
    {
        var change = new UnitChange(Counter, WilsonInterval.Compute(before, 10_000), WilsonInterval.Compute(now, 10_000));

        Assert.Equal(
            (printedBefore, printedNow, printedChange),
            (ReportNumbers.Percent(change.Previous.Estimate), ReportNumbers.Percent(change.Current.Estimate), ReportNumbers.Points(change.ShownChange)));
    }
}
