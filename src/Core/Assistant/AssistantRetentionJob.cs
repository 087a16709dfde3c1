using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Assistant;

/// <summary>Nightly: deletes exchanges asked longer ago than <see cref="AssistantOptions.RetentionMonths"/>, but
/// keeps those a manager corrected (they are learned phrases, without personal data). Running twice deletes
/// nothing twice.</summary>
public partial class AssistantRetentionJob(CchcDbContext db, IOptions<AssistantOptions> options, TimeProvider clock, ILogger<AssistantRetentionJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        var deleted = await db.AssistantExchanges
            .Where(e => e.AskedAt < before && e.CorrectedProcedureCode == null)
            .ExecuteDeleteAsync(cancellationToken);
        LogDeleted(deleted, options.Value.RetentionMonths);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assistant retention: {Count} exchanges older than {Months} months deleted")]
    private partial void LogDeleted(int count, int months);
}
