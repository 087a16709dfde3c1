using CchcFeedback.Core;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Petitions.Inbox;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Petitions.Publishing;
using CchcFeedback.Core.Petitions.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Petitions;

public static class PetitionsServiceCollectionExtensions
{
    /// <summary>Intake and tracking, the citizen's follow-up, the department's handling, deadlines and escalation,
    /// published answers, the department figures and the retention of contact details (settings validated at start).</summary>
    public static IServiceCollection AddCchcPetitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PetitionRetentionOptions>(configuration, PetitionRetentionOptions.Section);
        services.AddScoped<PetitionService>();
        services.AddScoped<PetitionReader>();
        services.AddScoped<PetitionNotifications>();
        services.AddScoped<CitizenFollowUp>();
        services.AddScoped<CitizenContact>();
        services.AddSingleton<ContactGuessLimiter>();
        services.AddScoped<PetitionInbox>();
        services.AddScoped<PetitionActionRunner>();
        services.AddScoped<PetitionHandling>();
        services.AddScoped<PetitionOversight>();
        services.AddScoped<RedactedOriginals>();
        services.AddScoped<AnswerTemplates>();
        services.AddScoped<PublishedAnswers>();
        services.AddScoped<PetitionEscalationJob>();
        services.AddScoped<PetitionFigures>();
        services.AddScoped<ContactRetentionJob>();
        return services;
    }
}
