using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Routing;

/// <summary>Every minute: routes whatever is still waiting (a lost enqueue, a crash), because the row, not the
/// queue, says what needs routing.</summary>
public class RoutingSweepJob(CchcDbContext db, RoutePetitionJob route)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.Petitions.AsNoTracking()
            .Where(p => p.Status == PetitionStatus.Received || p.Status == PetitionStatus.Returned)
            .OrderBy(p => p.ReceivedAt).Select(p => p.Id).Take(500)
            .ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await route.RunAsync(id);
        }
    }
}
