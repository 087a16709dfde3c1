using CchcFeedback.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddCchcEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<EmailOptions>(configuration, EmailOptions.Section);
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupDirectoryEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? provider.GetRequiredService<PickupDirectoryEmailSender>()
                : provider.GetRequiredService<SmtpEmailSender>());
        return services;
    }

    /// <summary>E-mail, the SMS and Zalo adapters that configuration selects, and the outbox's delivery job.</summary>
    public static IServiceCollection AddCchcNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCchcEmail(configuration);
        services.AddValidatedOptions<OutboxOptions>(configuration, OutboxOptions.Section);
        services.AddValidatedOptions<NotificationOptions>(configuration, NotificationOptions.Section);
        services.AddSingleton<IValidateOptions<NotificationOptions>>(provider => new StandInCheck(
            provider.GetService<IHostEnvironment>(), provider.GetRequiredService<IOptions<EmailOptions>>(), provider.GetRequiredService<IOptionsMonitor<PhoneGatewayOptions>>(),
            provider.GetService<IOptions<Channels.Zalo.ZaloOptions>>()));
        foreach (var section in new[] { PhoneGatewayOptions.SmsSection, PhoneGatewayOptions.ZaloSection })
        {
            services.AddOptions<PhoneGatewayOptions>(section).Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        }
        services.AddHttpClient(WebhookPhoneSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<LoggingPhoneSender>();
        services.AddSingleton<WebhookPhoneSender>();
        services.AddSingleton<ISmsSender>(provider => Adapter(provider, PhoneGatewayOptions.SmsSection) == PhoneGatewayAdapter.Webhook
            ? provider.GetRequiredService<WebhookPhoneSender>()
            : provider.GetRequiredService<LoggingPhoneSender>());
        services.AddSingleton<IZaloSender>(provider => Adapter(provider, PhoneGatewayOptions.ZaloSection) == PhoneGatewayAdapter.Webhook
            ? provider.GetRequiredService<WebhookPhoneSender>()
            : provider.GetRequiredService<LoggingPhoneSender>());
        services.AddSingleton<OutboxDeliveryQueue>();
        services.AddScoped<OutboxDeliveryJob>();
        services.AddScoped<UndeliveredOutbox>();
        return services;
    }

    private static PhoneGatewayAdapter Adapter(IServiceProvider provider, string section) =>
        provider.GetRequiredService<IOptionsMonitor<PhoneGatewayOptions>>().Get(section).Adapter;
}
