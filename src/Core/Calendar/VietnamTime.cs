namespace CchcFeedback.Core.Calendar;

/// <summary>Days are cut in Vietnamese time whatever the server's zone: a petition sent at 23:30 UTC arrived on the
/// next Vietnamese day.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>24:00 of the date, the moment a period ending that day runs out (Civil Code 2015, Art. 148).</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));
}
