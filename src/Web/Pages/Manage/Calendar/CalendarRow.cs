using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Web.Pages.Manage.Calendar;

/// <summary>A day of the year that is not an ordinary weekday or weekend: a generated holiday or compensatory
/// day, a manager's edit, or both; and whether it is worked in the calendar in force.</summary>
public sealed record CalendarRow(DateOnly Date, PublicHoliday? Holiday, CalendarDay? Edit, bool IsWorkingDay)
{
    /// <summary>The rows of a year, by date.</summary>
    public static IReadOnlyList<CalendarRow> Of(int year, WorkingDayCalendar calendar, IReadOnlyList<CalendarDay> edits)
    {
        var holidays = VietnamPublicHolidays.ForYear(year, calendar.Rules).ToDictionary(h => h.Date);
        var byDate = edits.ToDictionary(e => e.Date);
        return [.. holidays.Keys.Union(byDate.Keys).Order()
            .Select(date => new CalendarRow(date, holidays.GetValueOrDefault(date), byDate.GetValueOrDefault(date), calendar.IsWorkingDay(date)))];
    }
}
