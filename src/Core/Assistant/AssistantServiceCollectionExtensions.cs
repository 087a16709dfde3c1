using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>The procedure assistant: its settings (validated at start), the knowledge kept in memory, the
    /// engine, the stored exchanges and their review, and the retention purge.</summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AssistantOptions>(configuration, AssistantOptions.Section);
        services.AddSingleton<AssistantKnowledgeSource>();
        services.AddScoped<AssistantEngine>();
        services.AddScoped<IProcedureAssistant, ProcedureAssistant>();
        services.AddScoped<IAssistantReview, AssistantReview>();
        services.AddScoped<AssistantRetentionJob>();
        services.AddScoped<Evaluation.AssistantEvaluation>();
        return services;
    }
}
