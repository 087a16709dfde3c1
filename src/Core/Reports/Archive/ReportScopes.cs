using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>The scopes the monthly job reports on: the province, every center citizens can rate (one active QR
/// code at least), and every department that staffs a counter of such a center or was given a petition in the
/// period. Other catalog rows have nothing to report.</summary>
public static class ReportScopes
{
    public static async Task<IReadOnlyList<ReportScope>> ActiveAsync(CchcDbContext db, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (start, end) = (VietnamTime.StartOf(period.From).ToUniversalTime(), VietnamTime.EndOf(period.To).ToUniversalTime());
        var centers = await db.ServiceCenters.AsNoTracking()
            .Where(c => db.Touchpoints.Any(t => t.CenterId == c.Id && t.RevokedAt == null))
            .OrderBy(c => c.Code)
            .Select(c => c.Code)
            .ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .Where(d => db.Counters.Any(c => c.DepartmentId == d.Id && db.Touchpoints.Any(t => t.CounterId == c.Id && t.RevokedAt == null))
                || db.Petitions.Any(p => p.DepartmentId == d.Id && p.RoutedAt >= start && p.RoutedAt < end))
            .OrderBy(d => d.Code)
            .Select(d => d.Code)
            .ToListAsync(cancellationToken);
        return [ReportScope.Province, .. centers.Select(ReportScope.Center), .. departments.Select(ReportScope.Department)];
    }
}
