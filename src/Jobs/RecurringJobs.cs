using CchcFeedback.Core.Calendar;
using Hangfire;

namespace CchcFeedback.Jobs;

/// <summary>Every recurring job, its schedule and time zone, in one place. Periods are cut in Vietnam's
/// time, so every schedule runs on Asia/Ho_Chi_Minh whatever the server's clock says.</summary>
public static class RecurringJobs
{
    public static readonly RecurringJobOptions InVietnamTime = new() { TimeZone = VietnamTime.Zone };

    /// <summary>Registers (or updates) every schedule and returns their ids; ids not returned are removed.</summary>
    public static IReadOnlyList<string> Register(IRecurringJobManager jobs)
    {
        // id                                  job                                   cron
        // Features add their lines here, e.g. statistics rollup every minute, the monthly report at 06:00 on the 1st.
        _ = jobs;
        return [];
    }
}
