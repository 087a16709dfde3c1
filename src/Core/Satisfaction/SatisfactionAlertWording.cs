using System.Globalization;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>What an alert found, in one sentence a director reads without statistics: the recent share with its n,
/// the usual share and how many weeks it comes from, and that the difference is unlikely to be chance.</summary>
public static class SatisfactionAlertWording
{
    /// <summary>The Vietnamese sentence, also the resx key of its English (arguments: unit, period, share, n,
    /// usual share, baseline weeks).</summary>
    public const string Sentence = "{0}: tỷ lệ hài lòng {1} qua {2} (n = {3}), thấp hơn mức thường lệ {4} ({5} tuần trước); khả năng là thay đổi thật";

    /// <summary>The evidence's length: "{0} tuần" (also a resx key) in whole weeks, else "{0} ngày".</summary>
    public const string Weeks = "{0} tuần";
    public const string Days = "{0} ngày";

    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi-VN");

    public static (bool InWeeks, int Count) Period(SatisfactionAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var days = alert.EvidenceTo.DayNumber - alert.EvidenceFrom.DayNumber + 1;
        return days % 7 == 0 ? (true, days / 7) : (false, days);
    }

    /// <summary>The share as a whole percentage, as the sentence quotes it.</summary>
    public static string Percent(double share, IFormatProvider culture) => (share * 100).ToString("0", culture) + "%";

    /// <summary>The sentence in Vietnamese, for the e-mail.</summary>
    public static string InVietnamese(string unit, SatisfactionAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var (inWeeks, count) = Period(alert);
        return string.Format(VietnameseCulture, Sentence, unit, string.Format(VietnameseCulture, inWeeks ? Weeks : Days, count),
            Percent(alert.Share, VietnameseCulture), alert.Responses, Percent(alert.CenterLine, VietnameseCulture), alert.BaselineWeeks);
    }
}
