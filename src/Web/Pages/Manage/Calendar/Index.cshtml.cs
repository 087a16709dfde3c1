using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Calendar;

/// <summary>The working-day calendar of a year: the holidays the law gives (computed, lunar ones included) and the
/// managers' edits from the government's yearly announcement (extra holidays, swapped working days, cancelled
/// holidays). Adding or removing an edit moves the open petitions' deadlines; CalendarDayService audits it.
/// Plain forms: the page works without JavaScript.</summary>
public class IndexModel(
    CchcDbContext db, CalendarDayService days, IWorkingDayCalendarProvider calendars, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    // The Labour Code 2019, whose holidays the calendar generates, took effect in 2021.
    public const int FirstYear = 2021;
    public const int LastYear = 2100;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>After an edit: saved, removed, or stale (the edit was already gone).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>After an edit: how many open deadlines it moved.</summary>
    [BindProperty(SupportsGet = true, Name = "moved")]
    public int Moved { get; set; }

    [BindProperty]
    public CalendarDayInput Input { get; set; } = new();

    public int ShownYear { get; private set; }

    public bool InvalidYear { get; private set; }

    public IReadOnlyList<CalendarRow> Rows { get; private set; } = [];

    public int WorkingDays { get; private set; }

    public static IReadOnlyList<CalendarAdjustmentKind> Kinds { get; } =
        [CalendarAdjustmentKind.Holiday, CalendarAdjustmentKind.WorkingDay, CalendarAdjustmentKind.Removed];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (Input.Date is { } date && date.Year is < FirstYear or > LastYear)
        {
            ModelState.AddModelError("Input.Date", l["Chỉ điều chỉnh được các năm từ 2021 đến 2100."]);
        }
        if (Input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.Kind", l["Xin chọn loại điều chỉnh."]);
        }
        if (!ModelState.IsValid)
        {
            Year ??= Input.Date?.Year;
            await LoadAsync(cancellationToken);
            return Page();
        }
        var moved = await days.SetAsync(Input.Date!.Value, Input.Kind!.Value, Input.Note!, User.Identity!.Name!, cancellationToken);
        return RedirectToPage(new { year = Input.Date.Value.Year, done = "saved", moved });
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var moved = await days.RemoveAsync(date, User.Identity!.Name!, cancellationToken);
        return RedirectToPage(new { year = date.Year, done = moved is null ? "stale" : "removed", moved = moved ?? 0 });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        InvalidYear = Year is < FirstYear or > LastYear;
        ShownYear = Year is { } year && !InvalidYear ? year : VietnamTime.DateOf(clock.GetUtcNow()).Year;
        var calendar = await calendars.GetAsync(cancellationToken);
        var edits = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(ShownYear, 1, 1) && d.Date <= new DateOnly(ShownYear, 12, 31))
            .ToListAsync(cancellationToken);
        Rows = CalendarRow.Of(ShownYear, calendar, edits);
        var first = new DateOnly(ShownYear, 1, 1);
        WorkingDays = Enumerable.Range(0, first.AddYears(1).DayNumber - first.DayNumber).Count(offset => calendar.IsWorkingDay(first.AddDays(offset)));
    }
}
