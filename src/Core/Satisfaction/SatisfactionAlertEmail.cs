using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The Vietnamese e-mail that announces a <see cref="SatisfactionAlert"/>: the unit, the week, the
/// figure with its n, and the limit it fell below, worded as a signal to look into rather than a verdict.</summary>
public static class SatisfactionAlertEmail
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<(string Subject, string Body)> ComposeAsync(CchcDbContext db, SatisfactionAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await UnitNameAsync(db, alert, cancellationToken);
        var weekEnd = alert.WeekStart.AddDays(6);
        var inProgress = VietnamTime.DateOf(now) <= weekEnd ? " (tuần đang diễn ra)" : "";
        var subject = $"Cảnh báo mức độ hài lòng: {unit}, tuần {alert.WeekStart:dd/MM} – {weekEnd:dd/MM/yyyy}";
        var body = $"""
            {unit}
            Tuần từ {alert.WeekStart:dd/MM/yyyy} đến {weekEnd:dd/MM/yyyy}{inProgress}.

            Tỷ lệ hài lòng (đánh giá nhanh "Hài lòng" hoặc "Rất hài lòng"): {Percent(alert.Share)} trên {alert.Responses} lượt đánh giá.
            Mức của 12 tuần trước đó: {Percent(alert.CenterLine)}; giới hạn dưới của biểu đồ kiểm soát: {Percent(alert.LowerLimit)}.

            Tỷ lệ tuần này thấp hơn giới hạn dưới, và sự chênh lệch vẫn có ý nghĩa sau khi hiệu chỉnh cho việc kiểm tra nhiều đơn vị cùng lúc.
            Đây là tín hiệu cần tìm hiểu nguyên nhân, chưa phải kết luận về chất lượng phục vụ. Các đánh giá bị gắn cờ chưa được xem xét không được tính.

            Mã cảnh báo: {alert.Id}
            """;
        return (subject, body);
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", Vietnamese) + "%";

    private static async Task<string> UnitNameAsync(CchcDbContext db, SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        var name = alert.UnitKind == SatisfactionScope.Counter
            ? await db.Counters.AsNoTracking().Where(c => c.Id == alert.UnitId)
                .Select(c => c.NameVi + " (" + c.Code + "), " + c.Center.NameVi).SingleOrDefaultAsync(cancellationToken)
            : await db.Departments.AsNoTracking().Where(d => d.Id == alert.UnitId)
                .Select(d => d.NameVi + " (" + d.Code + ")").SingleOrDefaultAsync(cancellationToken);
        return name ?? (alert.UnitKind == SatisfactionScope.Counter ? $"Quầy số {alert.UnitId}" : $"Cơ quan số {alert.UnitId}");
    }
}
