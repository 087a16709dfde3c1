using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.BackgroundJobs;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Catalog.Import;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Publishing;
using CchcFeedback.Core.Petitions.Retention;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything the three hosts share: data, Hangfire client and storage, the clock, the Data
    /// Protection key ring in the database, and the feature services.</summary>
    public static IServiceCollection AddCchcCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCchcData(configuration);
        services.AddCchcHangfire();
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>>(provider => new KeyRingCheck(provider.GetService<IHostEnvironment>()));
        services.AddDataProtection().SetApplicationName("CchcFeedback").PersistKeysToDbContext<CchcDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddSingleton<PersonalDataProtector>();
        services.AddCchcNotifications(configuration);
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<CatalogImporter>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ApiClientService>();
        services.AddScoped<StaffUserService>();
        services.AddScoped<TouchpointService>();
        services.AddMemoryCache();
        services.AddSingleton<QrCodeRenderer>();
        services.AddScoped<QrCodeExport>();
        services.AddScoped<TouchpointLookup>();
        services.AddSingleton<SurveyResponseWriter>();
        services.AddScoped<SurveyService>();
        services.AddScoped<FlaggedResponseReview>();
        services.AddScoped<DemoResponseSeeder>();
        services.AddScoped<SatisfactionFigures>();
        services.AddScoped<PetitionService>();
        services.AddScoped<PetitionReader>();
        services.AddScoped<Petitions.Notifications.PetitionNotifications>();
        services.AddScoped<Petitions.Inbox.PetitionInbox>();
        services.AddScoped<Petitions.Handling.PetitionActionRunner>();
        services.AddScoped<Petitions.Handling.PetitionHandling>();
        services.AddScoped<Petitions.Handling.PetitionOversight>();
        services.AddScoped<Petitions.Handling.RedactedOriginals>();
        services.AddScoped<Petitions.Handling.AnswerTemplates>();
        services.AddSingleton<IPetitionRoutingQueue, HangfirePetitionRoutingQueue>();
        services.AddScoped<Satisfaction.Exports.StatisticsExports>();
        services.AddCchcReportArchive();
        services.AddOptions<PublicSiteOptions>().Bind(configuration.GetSection(PublicSiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RoutingCatalogLoader>();
        services.AddScoped<PetitionRouterFactory>();
        services.AddSingleton<PetitionRouterCache>();
        services.AddScoped<RoutePetitionJob>();
        services.AddScoped<RoutingSweepJob>();
        services.AddScoped<CitizenFollowUp>();
        services.AddScoped<CitizenContact>();
        services.AddSingleton<ContactGuessLimiter>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations();
        services.AddScoped<PublishedAnswers>();
        services.AddOptions<PetitionRetentionOptions>().Bind(configuration.GetSection(PetitionRetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ContactRetentionJob>();
        services.AddScoped<ManualRoutingExamples>();
        services.AddScoped<RoutingModelStore>();
        services.AddScoped<RoutingModelTraining>();
        services.AddScoped<RetrainRoutingModelJob>();
        services.AddScoped<Petitions.Triage.PetitionTriage>();
        services.AddStaffIdentityCore();
        services.AddOptions<PetitionClockOptions>().Bind(configuration.GetSection(PetitionClockOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IWorkingDayCalendarProvider, CachedWorkingDayCalendarProvider>();
        services.AddScoped<CalendarDayService>();
        services.AddScoped<PetitionEscalationJob>();
        services.AddScoped<PetitionFigures>();
        services.AddCchcReports(configuration);
        return services;
    }
}
