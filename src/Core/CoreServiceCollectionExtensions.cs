using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.BackgroundJobs;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Kiosks;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CchcFeedback.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything the three hosts share: the clock, the database and Hangfire, then each feature with its
    /// services, settings (validated when the host starts) and jobs.</summary>
    public static IServiceCollection AddCchcCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddCchcData(configuration);
        services.AddCchcHangfire();
        services.AddCchcSecurity(configuration);
        services.AddCchcAuditing();
        services.AddCchcIdentity();
        services.AddCchcApiClients();
        services.AddCchcNotifications(configuration);
        services.AddCchcCatalog();
        services.AddCchcCalendar(configuration);
        services.AddCchcTouchpoints(configuration);
        services.AddCchcSurveys();
        services.AddCchcKiosks(configuration);
        services.AddCchcSatisfaction(configuration);
        services.AddCchcPetitions(configuration);
        services.AddCchcRouting(configuration);
        services.AddCchcReports(configuration);
        services.AddAssistant(configuration);
        services.AddCchcDemoData();
        services.AddCchcChannels(configuration);
        return services;
    }
}
