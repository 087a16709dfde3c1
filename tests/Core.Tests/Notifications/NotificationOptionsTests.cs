using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Notifications;

public class NotificationOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings, string environment = "Testing") =>
        CoreServices.For("Host=127.0.0.1;Database=unused", settings,
            services => services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment }));

    private static Dictionary<string, string?> RealTransports() => new()
    {
        ["Email:SmtpHost"] = "smtp.quangtri.gov.vn",
        ["Sms:Adapter"] = "Webhook",
        ["Sms:WebhookUrl"] = "https://gateway.example.vn/sms",
        ["Zalo:Adapter"] = "Webhook",
        ["Zalo:WebhookUrl"] = "https://gateway.example.vn/zalo",
    };

    [Fact]
    public void Notifications_ProductionWithStandIns_FailsNamingEachAndTheSettingThatAllowsThem()
    {
        using var services = Services([], "Production");

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotificationOptions>>().Value);

        Assert.Contains("Notifications:AllowStandIns=true", failure.Message);
        Assert.Contains("Email:SmtpHost", failure.Message);
        Assert.Contains("Sms:Adapter=Webhook", failure.Message);
        Assert.Contains("Zalo:Adapter=Webhook", failure.Message);
    }

    [Fact]
    public void Notifications_ProductionWithOnlyZaloAStandIn_FailsNamingZalo()
    {
        var settings = RealTransports();
        settings.Remove("Zalo:Adapter");
        using var services = Services(settings, "Production");

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotificationOptions>>().Value);

        Assert.Contains("Zalo", failure.Message);
        Assert.DoesNotContain("Email:SmtpHost", failure.Message);
    }

    [Theory]
    [InlineData("Production", true, false)]
    [InlineData("Production", false, true)]
    [InlineData("Development", false, false)]
    [InlineData("Testing", false, false)]
    public void Notifications_RealTransportsOrExplicitlyAllowedOrNotProduction_AreValid(string environment, bool allowStandIns, bool realTransports)
    {
        var settings = realTransports ? RealTransports() : [];
        if (allowStandIns)
        {
            settings["Notifications:AllowStandIns"] = "true";
        }
        using var services = Services(settings, environment);

        var options = services.GetRequiredService<IOptions<NotificationOptions>>().Value;

        Assert.Equal(allowStandIns, options.AllowStandIns);
    }

    [Fact]
    public void Outbox_Defaults_AreValid()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<OutboxOptions>>().Value;

        Assert.Equal((20, 10), (options.BatchSize, options.MaxAttempts));
    }

    [Theory]
    [InlineData("Outbox:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Outbox:BatchSize", "100000", "BatchSize")]
    [InlineData("Outbox:MaxRetryDelay", "00:00:10", "MaxRetryDelay")]
    [InlineData("Outbox:ClaimTimeout", "00:01:00", "ClaimTimeout")]
    public void Outbox_OutOfRange_FailsNamingTheSetting(string key, string value, string named)
    {
        using var services = Services(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutboxOptions>>().Value);

        Assert.Contains(named, failure.Message);
    }

    [Fact]
    public void SmsAdapter_WebhookWithoutUrl_FailsValidation()
    {
        using var services = Services(new() { ["Sms:Adapter"] = "Webhook" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ISmsSender>());
    }

    [Fact]
    public void PhoneAdapters_ByConfiguration_LoggingByDefaultWebhookWhenAsked()
    {
        using var services = Services(new() { ["Zalo:Adapter"] = "Webhook", ["Zalo:WebhookUrl"] = "https://gateway.example.vn/zalo" });

        Assert.IsType<LoggingPhoneSender>(services.GetRequiredService<ISmsSender>());
        Assert.IsType<WebhookPhoneSender>(services.GetRequiredService<IZaloSender>());
    }
}
