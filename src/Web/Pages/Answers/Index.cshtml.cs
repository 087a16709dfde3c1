using System.Globalization;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Publishing;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Answers;

/// <summary>The public page of answered petitions whose senders agreed to publication: newest answer first, by
/// center and field, searchable with or without diacritics, a page at a time; links, no JavaScript.</summary>
public class IndexModel(PublishedAnswers answers, CchcDbContext db) : PageModel
{
    public sealed record Choice(string Code, string Name);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "center")]
    public string? Center { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    /// <summary>"trang": Razor Pages keeps "page" for itself.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PublishedAnswerPage Results { get; private set; } = null!;

    public IReadOnlyList<Choice> Centers { get; private set; } = [];

    public IReadOnlyList<Choice> Fields { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrWhiteSpace(Center) || !string.IsNullOrWhiteSpace(Field);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        Centers = await db.ServiceCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new Choice(c.Code, c.NameVi)).ToListAsync(cancellationToken);
        Fields = [.. (await db.Fields.AsNoTracking().Select(f => new { f.Code, f.NameVi, f.NameEn }).ToListAsync(cancellationToken))
            .Select(f => new Choice(f.Code, Localization.InPageLanguage(f.NameVi, f.NameEn)))
            .OrderBy(f => f.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))];
        // Only the codes the selects offer reach the query: a hand-typed or tampered one filters nothing.
        Center = Centers.Any(c => c.Code == Center) ? Center : null;
        Field = Fields.Any(f => f.Code == Field) ? Field : null;
        Results = await answers.SearchAsync(new PublishedAnswerFilter(Query, Center, Field, PageNumber), cancellationToken);
    }

    /// <summary>This list with the same filters at another page.</summary>
    public string PageUrl(int page)
    {
        KeyValuePair<string, string?>[] parameters =
        [
            new("q", Query), new("center", Center), new("field", Field),
            new("trang", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)),
        ];
        return "/tra-loi" + QueryString.Create(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();
    }
}
