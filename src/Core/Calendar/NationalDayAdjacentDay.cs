namespace CchcFeedback.Core.Calendar;

/// <summary>Which day goes with 2 September: the Labour Code gives "2/9 and one day before or after".</summary>
public enum NationalDayAdjacentDay
{
    DayBefore,
    DayAfter,
}
