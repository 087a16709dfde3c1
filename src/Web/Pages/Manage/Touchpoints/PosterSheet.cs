using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Touchpoints;

/// <summary>One printed poster: what <c>_Poster.cshtml</c> draws for an active touchpoint.</summary>
public record PosterSheet(int Id, string Token, string CenterName, string? CounterCode, string? CounterName, string Url, string Hotline)
{
    /// <summary>The URL as people type it: no scheme, which every phone browser adds by itself.</summary>
    public string ShortUrl => Url.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);

    public static async Task<IReadOnlyList<PosterSheet>> LoadAsync(IQueryable<Touchpoint> touchpoints, PublicSiteOptions site, CancellationToken cancellationToken)
    {
        var rows = await touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt == null)
            .OrderBy(t => t.Counter != null).ThenBy(t => t.Counter == null ? "" : t.Counter.Code)
            .Select(t => new { t.Id, t.Token, Center = t.Center.NameVi, CounterCode = t.Counter == null ? null : t.Counter.Code, CounterName = t.Counter == null ? null : t.Counter.NameVi })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new PosterSheet(t.Id, t.Token, t.Center, t.CounterCode, t.CounterName, site.TouchpointUrl(t.Token), site.Hotline))];
    }

    /// <summary>A4 unless A5 is asked for: the two sizes counters use.</summary>
    public static string Size(string? requested) => string.Equals(requested, "A5", StringComparison.OrdinalIgnoreCase) ? "A5" : "A4";
}
