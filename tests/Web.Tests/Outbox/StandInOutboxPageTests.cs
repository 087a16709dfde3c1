using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Outbox;

/// <summary>A notice that only a stand-in handled (no gateway configured, as in tests and under ./cchc up), on the
/// managers' outbox page. A class of its own: delivering the outbox touches every due row of its database.</summary>
public class StandInOutboxPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Get_SmsHandledByTheLoggingStandIn_ShownAsNotDeliveredWithTheReasonInVietnamese()
    {
        var sms = await OutboxRows.AddAsync(factory.ConnectionString, "*******678", null, channel: OutboxChannel.Sms);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
        }
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Manage/Outbox"));

        var row = page.ByTestId("undelivered-message").Single(r => r.GetAttribute("data-id") == sms.Id.ToString());
        Assert.Equal("gave-up", row.GetAttribute("data-state"));
        Assert.Contains("chưa cấu hình kênh gửi thật", row.QuerySelector("[data-testid='stand-in']")!.TextContent);
        Assert.Contains("Đã ngừng gửi lúc", row.TextContent);
    }
}
