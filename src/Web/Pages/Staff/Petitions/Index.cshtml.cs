using System.Globalization;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>The inbox: the petitions of the user's departments (every department's for a manager), overdue first,
/// then by deadline. A GET form, so a filtered view can be bookmarked and works without JavaScript.</summary>
public class IndexModel(PetitionInbox inbox, CchcDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public record Choice(int Id, string Name);

    [BindProperty(SupportsGet = true, Name = "status")]
    public PetitionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public PetitionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "center")]
    public int? Center { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public int? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    /// <summary>"page" is Razor Pages' own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>After an action that took the petition out of the user's inbox: returned, transferred, reassigned.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public InboxCounts Counts { get; private set; } = new(0, 0, 0);

    public InboxPage Results { get; private set; } = new([], 0, 1);

    public bool AllDepartments { get; private set; }

    public IReadOnlyList<Choice> Centers { get; private set; } = [];

    public IReadOnlyList<Choice> Fields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError("to", l["Ngày kết thúc phải từ ngày bắt đầu trở đi."]);
        }
        var scope = DepartmentScope.For(User);
        AllDepartments = scope.IsAll;
        Centers = await db.ServiceCenters.AsNoTracking().OrderBy(c => c.NameVi).Select(c => new Choice(c.Id, c.NameVi)).ToListAsync(cancellationToken);
        Fields = await db.Fields.AsNoTracking().OrderBy(f => f.NameVi).Select(f => new Choice(f.Id, f.NameVi)).ToListAsync(cancellationToken);
        Counts = await inbox.CountsAsync(scope, cancellationToken);
        var filter = new InboxFilter(Status, Kind, Center, Field, From, ModelState.IsValid ? To : null, PageNumber);
        Results = await inbox.ListAsync(filter, scope, cancellationToken);
    }

    /// <summary>This view's URL on another page of results.</summary>
    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["kind"] = Kind?.ToString(),
            ["center"] = Center?.ToString(CultureInfo.InvariantCulture),
            ["field"] = Field?.ToString(CultureInfo.InvariantCulture),
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(pair => pair.Value is not null)).ToUriComponent();
}
