using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.DemoData;

public static class DemoPlaces
{
    /// <summary>Every active counter and entrance touchpoint, ordered by code so that a seed gives the same data
    /// whatever ids the catalog import handed out.</summary>
    public static async Task<IReadOnlyList<DemoPlace>> LoadAsync(CchcDbContext db, CancellationToken cancellationToken = default)
    {
        var touchpoints = await db.Touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt == null && t.ProcedureId == null)
            .Select(t => new { t.Id, t.CenterId, CenterCode = t.Center.Code, t.Center.Level, t.CounterId })
            .ToListAsync(cancellationToken);
        var counters = await db.Counters.AsNoTracking().Include(c => c.Fields).ToDictionaryAsync(c => c.Id, cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.FieldId, p.Level }).ToListAsync(cancellationToken);

        IReadOnlyList<int> ServedBy(Counter counter, AdministrativeLevel level)
        {
            var fieldIds = counter.Fields.Select(f => f.Id).ToHashSet();
            var served = procedures.Where(p => fieldIds.Contains(p.FieldId)).ToList();
            // A commune center mostly receives its fields' commune-level procedures and a provincial one the
            // provincial ones; a counter whose fields have only the other level receives those.
            var atLevel = served.Where(p => p.Level == level).ToList();
            return [.. (atLevel.Count > 0 ? atLevel : served).Select(p => p.Id)];
        }

        var places = touchpoints.Select(t =>
        {
            var atProvince = t.Level == AdministrativeLevel.Province;
            var place = t.CounterId is { } id && counters.TryGetValue(id, out var counter)
                ? new DemoPlace(t.Id, t.CenterId, atProvince, counter.Id, counter.Code, counter.DepartmentId,
                    [.. counter.Fields.Select(f => f.Code).Order(StringComparer.Ordinal)], ServedBy(counter, t.Level))
                : new DemoPlace(t.Id, t.CenterId, atProvince, null, null, null, [], []);
            return (SortKey: place.CounterCode ?? t.CenterCode, Place: place);
        });
        return [.. places.OrderBy(p => p.SortKey, StringComparer.Ordinal).Select(p => p.Place)];
    }
}
