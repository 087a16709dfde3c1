using CchcFeedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Channels;

public class ZaloStandInTests
{
    [Fact]
    public async Task DeliverDueAsync_ProductionWithoutTheOfficialAccount_ZaloNoticeRecordedNotSendableNeverSent()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        await using var services = CoreServices.For(connectionString, new Dictionary<string, string?> { ["Notifications:AllowStandIns"] = "true" },
            s => s.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" }));
        Assert.True(services.GetRequiredService<IOptions<NotificationOptions>>().Value.AllowStandIns);
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            await OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Zalo, "0912345678", "answered", "Phản ánh đã có trả lời.", "stand-in-zalo"),
                DateTimeOffset.UtcNow);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
        }

        await using var check = TestDatabase.CreateDbContext(connectionString);
        var message = await check.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupeKey == "stand-in-zalo");
        Assert.Equal(((DateTimeOffset?)null, DeliveryErrors.StandIn), (message.SentAt, message.LastError));
        Assert.NotNull(message.FailedAt);
    }

    [Fact]
    public void StandInCheck_ProductionWithTheOfficialAccount_ZaloIsARealTransport()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "smtp.quangtri.gov.vn",
            ["Sms:Adapter"] = "Webhook",
            ["Sms:WebhookUrl"] = "https://gateway.example.vn/sms",
            ["Zalo:AppId"] = "4291763606161179100",
            ["Zalo:AppSecret"] = "secret",
            ["Zalo:OaSecretKey"] = "oa-secret",
        };
        using var services = CoreServices.For("Host=127.0.0.1;Database=unused", settings,
            s => s.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" }));

        var options = services.GetRequiredService<IOptions<NotificationOptions>>().Value;

        Assert.False(options.AllowStandIns);
        Assert.IsType<Core.Channels.Zalo.ZaloNoticeSender>(services.GetRequiredService<IZaloSender>());
    }

    [Fact]
    public void ZaloOptions_AppIdWithoutSecrets_FailsNamingThem()
    {
        using var services = CoreServices.For("Host=127.0.0.1;Database=unused", new Dictionary<string, string?> { ["Zalo:AppId"] = "4291763606161179100" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Core.Channels.Zalo.ZaloOptions>>().Value);

        Assert.Contains("Zalo:OaSecretKey", failure.Message, StringComparison.Ordinal);
    }
}
