using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Surveys;

public static class SurveysServiceCollectionExtensions
{
    public static IServiceCollection AddCchcSurveys(this IServiceCollection services) =>
        services
            .AddSingleton<SurveyResponseWriter>()
            .AddScoped<SurveyService>()
            .AddScoped<FlaggedResponseReview>();
}
