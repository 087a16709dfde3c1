using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Channels;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Petitions.Retention;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Satisfaction;
using Hangfire;

namespace CchcFeedback.Jobs;

/// <summary>Every recurring job, its schedule and time zone, in one place. Periods are cut in Vietnam's
/// time, so every schedule runs on Asia/Ho_Chi_Minh whatever the server's clock says.</summary>
public static class RecurringJobs
{
    public static readonly RecurringJobOptions InVietnamTime = new() { TimeZone = VietnamTime.Zone };

    public const string SatisfactionRollup = "satisfaction-rollup";
    public const string SatisfactionAlerts = "satisfaction-alerts";
    public const string SatisfactionRecount = "satisfaction-recount";
    public const string PetitionRoutingSweep = "petition-routing-sweep";
    public const string OutboxDelivery = "outbox-delivery";
    public const string PetitionContactRetention = "petition-contact-retention";
    public const string RoutingRetrain = "routing-retrain";
    public const string PetitionEscalation = "petition-escalation";
    public const string MonthlyReports = "monthly-reports";
    public const string ZaloTokenRefresh = "zalo-token-refresh";
    public const string AssistantRetention = "assistant-retention";
    public const string ChannelRetention = "channel-retention";

    /// <summary>Registers (or updates) every schedule and returns their ids; ids not returned are removed.</summary>
    public static IReadOnlyList<string> Register(IRecurringJobManager jobs)
    {
        // id                                       job                                          cron: when (Vietnam time)
        jobs.AddOrUpdate<SatisfactionRollupJob>(SatisfactionRollup, j => j.RunAsync(CancellationToken.None), "* * * * *", InVietnamTime);   // every minute
        jobs.AddOrUpdate<SatisfactionAlertJob>(SatisfactionAlerts, j => j.RunAsync(CancellationToken.None), "5 * * * *", InVietnamTime);    // hourly, and after every fold (SatisfactionRollupJob.RollupAsync, whoever calls it)
        jobs.AddOrUpdate<SatisfactionRecountJob>(SatisfactionRecount, j => j.RunAsync(CancellationToken.None), "30 2 * * *", InVietnamTime); // 02:30 nightly
        jobs.AddOrUpdate<RoutingSweepJob>(PetitionRoutingSweep, j => j.RunAsync(CancellationToken.None), "* * * * *", InVietnamTime);        // every minute
        jobs.AddOrUpdate<OutboxDeliveryJob>(OutboxDelivery, j => j.RunAsync(CancellationToken.None), "* * * * *", InVietnamTime);            // every minute, and after changes that write to the outbox
        jobs.AddOrUpdate<ContactRetentionJob>(PetitionContactRetention, j => j.RunAsync(CancellationToken.None), "15 3 * * *", InVietnamTime); // 03:15 daily
        jobs.AddOrUpdate<RetrainRoutingModelJob>(RoutingRetrain, j => j.RunAsync(CancellationToken.None), "0 1 * * *", InVietnamTime);       // 01:00 nightly
        jobs.AddOrUpdate<PetitionEscalationJob>(PetitionEscalation, j => j.RunAsync(CancellationToken.None), "10 * * * *", InVietnamTime); // hourly; the job skips days off of the calendar in force
        jobs.AddOrUpdate<MonthlyReportJob>(MonthlyReports, j => j.RunAsync(CancellationToken.None), "0 6 1 * *", InVietnamTime);            // 06:00 on the 1st: last month's reports, one job per scope
        jobs.AddOrUpdate<ZaloTokenRefreshJob>(ZaloTokenRefresh, j => j.RunAsync(CancellationToken.None), "*/15 * * * *", InVietnamTime);   // every 15 minutes: refreshes ahead of expiry, nothing while Zalo is off
        jobs.AddOrUpdate<AssistantRetentionJob>(AssistantRetention, j => j.RunAsync(CancellationToken.None), "45 3 * * *", InVietnamTime);    // 03:45 daily: assistant exchanges past their retention
        jobs.AddOrUpdate<ChannelRetentionJob>(ChannelRetention, j => j.RunAsync(CancellationToken.None), "25 * * * *", InVietnamTime);          // hourly: chat drafts past the quiet period, people unfollowed or long quiet
        return [SatisfactionRollup, SatisfactionAlerts, SatisfactionRecount, PetitionRoutingSweep, OutboxDelivery, PetitionContactRetention, RoutingRetrain, PetitionEscalation, MonthlyReports, AssistantRetention, ZaloTokenRefresh, ChannelRetention];
    }
}
