using Hangfire;

namespace CchcFeedback.Core.Routing;

/// <summary>Enqueues <see cref="RoutePetitionJob"/> with the petition's id only, through the Hangfire client
/// from DI (Hangfire's static state is not used).</summary>
public class HangfirePetitionRoutingQueue(IBackgroundJobClient jobs) : IPetitionRoutingQueue
{
    public void Enqueue(Guid petitionId) => jobs.Enqueue<RoutePetitionJob>(job => job.RunAsync(petitionId));
}
