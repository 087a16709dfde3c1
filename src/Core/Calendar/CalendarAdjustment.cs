namespace CchcFeedback.Core.Calendar;

/// <summary>A manager's override for one date, entered from the government's yearly announcement of holidays and
/// swapped days. It is final: it is applied after the generated holidays and gives no compensatory day.</summary>
public sealed record CalendarAdjustment(DateOnly Date, CalendarAdjustmentKind Kind, string Reason)
{
    public static CalendarAdjustment Holiday(DateOnly date, string reason) => new(date, CalendarAdjustmentKind.Holiday, reason);

    public static CalendarAdjustment WorkingDay(DateOnly date, string reason) => new(date, CalendarAdjustmentKind.WorkingDay, reason);

    public static CalendarAdjustment Removed(DateOnly date, string reason) => new(date, CalendarAdjustmentKind.Removed, reason);
}
