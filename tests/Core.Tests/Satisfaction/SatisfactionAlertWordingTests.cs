using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionAlertWordingTests
{
    private static SatisfactionAlert Alert(DateOnly from, DateOnly to) => new()
    {
        EvidenceFrom = from,
        EvidenceTo = to,
        Responses = 205,
        Share = 0.7561,
        BaselineWeeks = 12,
        BaselineResponses = 1180,
        CenterLine = 0.8604,
    };

    [Fact]
    public void InVietnamese_TwoWholeWeeks_SaysWeeksTheSharesAndTheBaseline()
    {
        var alert = Alert(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 22));

        var sentence = SatisfactionAlertWording.InVietnamese("Quầy X", alert);

        Assert.Equal("Quầy X: tỷ lệ hài lòng 2 tuần qua 76% (n = 205), thấp hơn mức thường lệ 86% (12 tuần trước); khả năng là thay đổi thật", sentence);
    }

    [Fact]
    public void InVietnamese_PartOfAWeek_SaysDays()
    {
        var alert = Alert(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 18));

        var sentence = SatisfactionAlertWording.InVietnamese("Quầy X", alert);

        Assert.Contains("tỷ lệ hài lòng 10 ngày qua 76%", sentence);
    }
}
