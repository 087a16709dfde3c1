using Hangfire;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Notifications;

/// <summary>Asks for a delivery run now, after a change that wrote to the outbox. Only a nudge: the outbox rows
/// are the truth, and the run every minute delivers whatever a lost nudge left behind.</summary>
public partial class OutboxDeliveryQueue(IBackgroundJobClient jobs, ILogger<OutboxDeliveryQueue> logger)
{
    public void Nudge()
    {
        try
        {
            OutboxDeliveryJob.Enqueue(jobs);
        }
        catch (Exception exception)
        {
            LogNudgeFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox delivery job could not be enqueued; the next scheduled run will deliver")]
    private partial void LogNudgeFailed(Exception exception);
}
