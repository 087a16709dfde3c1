using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Petitions;

/// <summary>Routes one petition to the department that must answer it (ROUTING.md). Takes the id only and reads
/// the row, so running it twice or after a crash is harmless. The routing policy itself comes with the router;
/// until then the petition stays "received", which is what the row says.</summary>
public partial class RoutePetitionJob(ILogger<RoutePetitionJob> logger)
{
    public Task RunAsync(Guid petitionId)
    {
        LogPending(petitionId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId}: routing pending")]
    private partial void LogPending(Guid petitionId);
}
