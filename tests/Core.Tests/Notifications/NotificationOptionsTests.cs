using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Notifications;

public class NotificationOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        CoreServices.For("Host=127.0.0.1;Database=unused", settings);

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
