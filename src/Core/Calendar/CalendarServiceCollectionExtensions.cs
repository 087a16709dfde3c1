using CchcFeedback.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The working-day calendar in force (one per process, rebuilt when a Manager edits it) and the legal
    /// clocks of petitions (validated at start).</summary>
    public static IServiceCollection AddCchcCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PetitionClockOptions>(configuration, PetitionClockOptions.Section);
        services.AddSingleton<IWorkingDayCalendarProvider, CachedWorkingDayCalendarProvider>();
        services.AddScoped<CalendarDayService>();
        return services;
    }
}
