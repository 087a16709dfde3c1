namespace CchcFeedback.Core.Calendar;

/// <summary>A manager's edit of one day (the table <c>calendar_days</c>): an extra holiday, a swapped working day, or
/// a generated holiday cancelled, each with the note that says why (usually the government's announcement). These
/// rows become the <see cref="CalendarAdjustment"/>s of the calendar in force.</summary>
public class CalendarDay
{
    public const int NoteMaxLength = 200;

    public DateOnly Date { get; set; }
    public CalendarAdjustmentKind Kind { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The manager's e-mail.</summary>
    public required string ChangedBy { get; set; }

    public CalendarAdjustment ToAdjustment() => new(Date, Kind, Note);
}
