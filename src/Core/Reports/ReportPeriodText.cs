using System.Globalization;

namespace CchcFeedback.Core.Reports;

/// <summary>How a report names its period and dates, as Vietnamese offices write them.</summary>
public static class ReportPeriodText
{
    /// <summary>The period in the title: "tháng 03/2026"; a Decree 09 period with its exact days, since its
    /// months are not calendar months: "6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)".</summary>
    public static string Phrase(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var days = $"(từ ngày {Day(period.From)} đến ngày {Day(period.To)})";
        return period.Kind switch
        {
            ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"tháng {period.Number:D2}/{period.Year}"),
            ReportPeriodKind.Quarter => $"quý {Roman(period.Number)} năm {period.Year} {days}",
            ReportPeriodKind.SixMonths => $"6 tháng {(period.Number == 1 ? "đầu" : "cuối")} năm {period.Year} {days}",
            _ => $"năm {period.Year} {days}",
        };
    }

    /// <summary>The period without its days, for sentences: "tháng 03/2026", "quý I năm 2026".</summary>
    public static string ShortPhrase(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            ReportPeriodKind.Month => Phrase(period),
            ReportPeriodKind.Quarter => $"quý {Roman(period.Number)} năm {period.Year}",
            ReportPeriodKind.SixMonths => $"6 tháng {(period.Number == 1 ? "đầu" : "cuối")} năm {period.Year}",
            _ => $"năm {period.Year}",
        };
    }

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Quảng Trị, ngày 05 tháng 3 năm 2026": Decree 30/2020/NĐ-CP (Appendix I) writes days below 10 and
    /// the months 1 and 2 with a leading zero, so that nobody can add a digit in front of them.</summary>
    public static string DateLine(string place, DateOnly date)
    {
        var day = date.Day < 10 ? $"0{date.Day}" : $"{date.Day}";
        var month = date.Month <= 2 ? $"0{date.Month}" : $"{date.Month}";
        return $"{place}, ngày {day} tháng {month} năm {date.Year}";
    }

    /// <summary>Roman numerals for quarters and report sections (1–39 is all they need).</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 39);
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return new string('X', number / 10) + ones[number % 10];
    }
}
