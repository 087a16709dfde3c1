namespace CchcFeedback.Core.Routing;

/// <summary>Nudges the routing job about a petition. Only a nudge: the petition's status in the database says
/// what still needs routing, and a sweep finds anything whose nudge was lost.</summary>
public interface IPetitionRoutingQueue
{
    void Enqueue(Guid petitionId);
}
