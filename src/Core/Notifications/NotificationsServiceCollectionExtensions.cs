using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddCchcEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupDirectoryEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? provider.GetRequiredService<PickupDirectoryEmailSender>()
                : provider.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
