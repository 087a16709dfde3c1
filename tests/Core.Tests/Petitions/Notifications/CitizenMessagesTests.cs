using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;

namespace CchcFeedback.Core.Tests.Petitions.Notifications;

public class CitizenMessagesTests
{
    // A deadline is stored as the moment it passes: midnight starting 23 December in Vietnam is the end of the 22nd.
    private static readonly DateTimeOffset DueAtMidnight = new(2026, 12, 23, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void RoutedAndReopened_DeadlineAtMidnight_NameTheLastDayToAnswer()
    {
        var routed = CitizenMessages.Routed(PetitionKind.PhanAnh, "PA-7KQ3-M9XT-4HR", "Sở Tư pháp", DueAtMidnight, "https://x/track", "0233 1022");
        var reopened = CitizenMessages.Reopened(PetitionKind.PhanAnh, "PA-7KQ3-M9XT-4HR", "Sở Tư pháp", DueAtMidnight, "https://x/track", "0233 1022");

        Assert.Contains("Hạn trả lời: ngày 22/12/2026.", routed.EmailBody);
        Assert.Contains("Hạn trả lời: ngày 22/12/2026.", reopened.EmailBody);
    }
}
