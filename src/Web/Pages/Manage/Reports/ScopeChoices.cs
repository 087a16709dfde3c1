using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>A scope a report can cover, by its archive key, with the name the page shows.</summary>
public sealed record ScopeChoice(string Key, string Name, SatisfactionScope Kind);

/// <summary>Every scope of the catalog: the province, then the centers, then the departments.</summary>
public sealed class ScopeChoices(IReadOnlyList<ScopeChoice> all)
{
    public IReadOnlyList<ScopeChoice> All { get; } = all;

    public IEnumerable<ScopeChoice> Of(SatisfactionScope kind) => All.Where(c => c.Kind == kind);

    public bool Contains(string? key) => All.Any(c => c.Key == key);

    public string NameOf(string key) => All.FirstOrDefault(c => c.Key == key)?.Name ?? key;

    public static async Task<ScopeChoices> LoadAsync(CchcDbContext db, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var centers = await db.ServiceCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new { c.Code, c.NameVi }).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new { d.Code, d.NameVi }).ToListAsync(cancellationToken);
        return new ScopeChoices(
        [
            new(ReportScope.Province.Key, l["Toàn tỉnh"], SatisfactionScope.Province),
            .. centers.Select(c => new ScopeChoice(ReportScope.Center(c.Code).Key, c.NameVi, SatisfactionScope.Center)),
            .. departments.Select(d => new ScopeChoice(ReportScope.Department(d.Code).Key, d.NameVi, SatisfactionScope.Department)),
        ]);
    }
}
