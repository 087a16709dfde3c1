using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>The report archive: every report by period and scope, newest period first, with its files, preview and
/// e-mail state; a button that regenerates one, and a form that orders any period and scope. Both only order:
/// <see cref="GenerateReportJob"/> writes the report within minutes. Plain forms: the page works without JavaScript.</summary>
public class IndexModel(CchcDbContext db, ReportOrders orders, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;
    public const int FirstYear = 2020;

    /// <summary>Filter: a period kind (month, quarter, six_months, year), or all.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindFilter { get; set; }

    /// <summary>Filter: a scope key, or all.</summary>
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? ScopeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    /// <summary>After an order: ordered, or repeated (the same form posted again).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>After an order: its period and scope keys, named in the notice.</summary>
    [BindProperty(SupportsGet = true, Name = "ordered")]
    public string? OrderedPeriod { get; set; }

    [BindProperty(SupportsGet = true, Name = "for")]
    public string? OrderedScope { get; set; }

    [BindProperty]
    public ReportOrderInput Input { get; set; } = new();

    public ScopeChoices Scopes { get; private set; } = new([]);

    public IReadOnlyList<ArchiveRow> Reports { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public IReadOnlyList<ReportOrder> Pending { get; private set; } = [];

    public int ThisYear => VietnamTime.DateOf(clock.GetUtcNow()).Year;

    public static IReadOnlyList<ReportPeriodKind> Kinds { get; } =
        [ReportPeriodKind.Month, ReportPeriodKind.Quarter, ReportPeriodKind.SixMonths, ReportPeriodKind.Year];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ReportOrderInput { FormId = Guid.NewGuid(), Kind = ReportPeriodKind.Month, Scope = ReportScope.Province.Key };
        var lastMonth = ReportPeriod.PreviousMonth(VietnamTime.DateOf(clock.GetUtcNow()));
        (Input.Year, Input.Number) = (lastMonth.Year, lastMonth.Number);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostOrderAsync(CancellationToken cancellationToken)
    {
        Scopes = await ScopeChoices.LoadAsync(db, l, cancellationToken);
        var period = ValidPeriod();
        if (Input.Scope is not null && !Scopes.Contains(Input.Scope))
        {
            ModelState.AddModelError("Input.Scope", l["Xin chọn phạm vi báo cáo trong danh sách."]);
        }
        if (!ModelState.IsValid || period is null || Input.FormId == Guid.Empty)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var placed = await orders.PlaceAsync(Input.FormId, period, ReportKeys.Scope(Input.Scope!), Input.SendEmail, User.Identity!.Name!, cancellationToken);
        return Ordered(placed, period.Key, Input.Scope!);
    }

    /// <summary>Regenerates an archived report: an order for its period and scope, without e-mail.</summary>
    public async Task<IActionResult> OnPostRegenerateAsync(Guid formId, string? period, string? scope, CancellationToken cancellationToken)
    {
        if (formId == Guid.Empty || !ReportKeys.TryParsePeriod(period, out var reportPeriod) || !ReportKeys.TryParseScope(scope, out var reportScope))
        {
            return BadRequest();
        }
        var placed = await orders.PlaceAsync(formId, reportPeriod, reportScope, sendEmail: false, User.Identity!.Name!, cancellationToken);
        return Ordered(placed, reportPeriod.Key, reportScope.Key);
    }

    public string PageUrl(int page) => Url.Page("/Manage/Reports/Index", new { kind = KindFilter, scope = ScopeFilter, trang = page })!;

    private RedirectToPageResult Ordered(bool placed, string periodKey, string scopeKey) =>
        RedirectToPage(new { done = placed ? "ordered" : "repeated", ordered = periodKey, @for = scopeKey });

    /// <summary>The period the form names, with an error on the field that is wrong.</summary>
    private ReportPeriod? ValidPeriod()
    {
        if (Input.Kind is not { } kind || !Enum.IsDefined(kind) || Input.Year is not { } year)
        {
            if (Input.Kind is { } undefined && !Enum.IsDefined(undefined))
            {
                ModelState.AddModelError("Input.Kind", l["Xin chọn loại kỳ báo cáo."]);
            }
            return null;
        }
        if (year < FirstYear || year > ThisYear)
        {
            ModelState.AddModelError("Input.Year", l["Năm phải từ {0} đến {1}.", FirstYear, ThisYear]);
            return null;
        }
        var error = NumberError(kind, Input.Number);
        if (error is not null)
        {
            ModelState.AddModelError("Input.Number", error);
            return null;
        }
        var number = kind == ReportPeriodKind.Year ? 1 : Input.Number!.Value;
        var period = ReportKeys.Create(kind, year, number);
        if (period.From > VietnamTime.DateOf(clock.GetUtcNow()))
        {
            ModelState.AddModelError(kind == ReportPeriodKind.Year ? "Input.Year" : "Input.Number", l["Kỳ báo cáo này chưa bắt đầu."]);
            return null;
        }
        return period;
    }

    private string? NumberError(ReportPeriodKind kind, int? number) => kind switch
    {
        ReportPeriodKind.Month when number is not (>= 1 and <= 12) => l["Tháng phải từ 1 đến 12."].Value,
        ReportPeriodKind.Quarter when number is not (>= 1 and <= 4) => l["Quý phải từ 1 đến 4."].Value,
        ReportPeriodKind.SixMonths when number is not (1 or 2) => l["Với 6 tháng, nhập 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)."].Value,
        _ => null,
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Scopes.All.Count == 0)
        {
            Scopes = await ScopeChoices.LoadAsync(db, l, cancellationToken);
        }
        PageNumber = Math.Max(1, PageNumber);
        var query = db.ArchivedReports.AsNoTracking();
        if (KindFilter is not null && SnakeCaseEnum.TryParse<ReportPeriodKind>(KindFilter, out var kind))
        {
            query = query.Where(r => r.PeriodKind == kind);
        }
        if (!string.IsNullOrEmpty(ScopeFilter))
        {
            query = query.Where(r => r.ScopeKey == ScopeFilter);
        }
        var rows = await query
            .OrderByDescending(r => r.PeriodTo).ThenBy(r => r.PeriodKind).ThenBy(r => r.ScopeCode != null).ThenBy(r => r.ScopeKey)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new ArchiveRow(r.PeriodKey, r.ScopeKey, r.PeriodKind, r.PeriodFrom, r.PeriodTo, r.Title, r.GeneratedAt, r.GeneratedBy, r.Version, r.EmailedAt))
            .ToListAsync(cancellationToken);
        HasNextPage = rows.Count > PageSize;
        Reports = await WithMailAsync(rows.Take(PageSize).ToList(), cancellationToken);
        Pending = await orders.PendingAsync(20, cancellationToken);
    }

    /// <summary>The outbox state of the shown reports' e-mails, found by their dedupe keys' prefix.</summary>
    private async Task<IReadOnlyList<ArchiveRow>> WithMailAsync(List<ArchiveRow> rows, CancellationToken cancellationToken)
    {
        var prefixes = rows.Where(r => r.EmailedAt is not null).ToDictionary(r => ReportEmails.KeyPrefix(r.PeriodKey, r.ScopeKey));
        if (prefixes.Count == 0)
        {
            return rows;
        }
        var patterns = prefixes.Keys.Select(p => EscapeLike(p) + "%").ToArray();
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => patterns.Any(p => EF.Functions.Like(m.DedupeKey, p)))
            .Select(m => new { m.DedupeKey, Sent = m.SentAt != null, Failed = m.FailedAt != null })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            var mine = messages.Where(m => m.DedupeKey.StartsWith(ReportEmails.KeyPrefix(row.PeriodKey, row.ScopeKey), StringComparison.Ordinal)).ToList();
            return row with { Mail = new ArchiveMail(mine.Count(m => m.Sent), mine.Count(m => !m.Sent && !m.Failed), mine.Count(m => m.Failed)) };
        })];
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
