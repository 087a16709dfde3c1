using CchcFeedback.Core.Calendar;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Calendar;

/// <summary>The calendar's words in the page's language: holiday names come from Core in Vietnamese.</summary>
public static class CalendarWords
{
    private const string CompensatoryPrefix = "Nghỉ bù ";

    public static string Holiday(IStringLocalizer l, PublicHoliday holiday)
    {
        var name = holiday.IsCompensatory && holiday.Name.StartsWith(CompensatoryPrefix, StringComparison.Ordinal)
            ? holiday.Name[CompensatoryPrefix.Length..]
            : holiday.Name;
        string local = name switch
        {
            "Tết Dương lịch" => l["Tết Dương lịch"],
            "Tết Nguyên Đán" => l["Tết Nguyên Đán"],
            "Giỗ Tổ Hùng Vương" => l["Giỗ Tổ Hùng Vương"],
            "Ngày Chiến thắng" => l["Ngày Chiến thắng"],
            "Ngày Quốc tế Lao động" => l["Ngày Quốc tế Lao động"],
            "Quốc khánh" => l["Quốc khánh"],
            _ => name,
        };
        return holiday.IsCompensatory ? l["Nghỉ bù {0}", local] : local;
    }

    public static string Kind(IStringLocalizer l, CalendarAdjustmentKind kind) => kind switch
    {
        CalendarAdjustmentKind.Holiday => l["Ngày nghỉ thêm"],
        CalendarAdjustmentKind.WorkingDay => l["Ngày làm việc (làm bù)"],
        _ => l["Bỏ ngày nghỉ tự tính"],
    };
}
