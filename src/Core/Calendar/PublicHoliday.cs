namespace CchcFeedback.Core.Calendar;

/// <summary>A public holiday, or the compensatory day off (nghỉ bù) given for one that fell on a weekly rest day.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name, bool IsCompensatory = false);
