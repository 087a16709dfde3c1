using System.Globalization;
using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Procedures;

/// <summary>The public list of administrative procedures by field, searchable by name or code with or without
/// diacritics (folded as <see cref="VietnameseText"/> folds petitions) and filtered by level; no JavaScript.</summary>
public class IndexModel(CchcDbContext db) : PageModel
{
    public sealed record Row(string Code, string Name, AdministrativeLevel Level, bool Published);

    public sealed record FieldGroup(string Name, IReadOnlyList<Row> Procedures);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>"province" or "commune"; anything else lists both.</summary>
    [BindProperty(SupportsGet = true, Name = "level")]
    public string? Level { get; set; }

    public IReadOnlyList<FieldGroup> Groups { get; private set; } = [];

    public int Count => Groups.Sum(g => g.Procedures.Count);

    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || Level is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        AdministrativeLevel? level = Level switch
        {
            "province" => AdministrativeLevel.Province,
            "commune" => AdministrativeLevel.Commune,
            _ => null,
        };
        Level = level is null ? null : Level;
        var words = VietnameseText.Fold(Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => level == null || p.Level == level)
            .Select(p => new { p.Code, p.NameVi, p.Level, FieldVi = p.Field.NameVi, FieldEn = p.Field.NameEn, Published = p.Details != null })
            .ToListAsync(cancellationToken);
        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        Groups = [.. procedures
            .Where(p => Matches(VietnameseText.Fold($"{p.Code} {p.NameVi}"), words))
            .GroupBy(p => Localization.InPageLanguage(p.FieldVi, p.FieldEn))
            .OrderBy(g => g.Key, vietnamese)
            .Select(g => new FieldGroup(g.Key, [.. g.OrderBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => new Row(p.Code, p.NameVi, p.Level, p.Published))]))];
    }

    /// <summary>Every word of the query begins a word of the procedure's folded code and name.</summary>
    private static bool Matches(string folded, string[] words)
    {
        var text = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(word => text.Any(t => t.StartsWith(word, StringComparison.Ordinal)));
    }
}
