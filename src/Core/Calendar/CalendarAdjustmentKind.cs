namespace CchcFeedback.Core.Calendar;

public enum CalendarAdjustmentKind
{
    /// <summary>A day off, such as a Tết day the government adds or a day given in exchange for a worked Saturday.</summary>
    Holiday,

    /// <summary>A day that is worked although it would be a rest day, such as a swapped Saturday.</summary>
    WorkingDay,

    /// <summary>Cancels a generated holiday or compensatory day; the date then follows the Monday-to-Friday rule.</summary>
    Removed,
}
