using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The Vietnamese e-mail that announces a <see cref="SatisfactionAlert"/>: what was found in one sentence
/// (<see cref="SatisfactionAlertWording"/>), the days it covers, and where the evidence is, worded as a signal to
/// look into rather than a verdict.</summary>
public static class SatisfactionAlertEmail
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The e-mail, its link to the alert's chart on the staff statistics page under <paramref name="siteBaseUrl"/>.</summary>
    public static async Task<(string Subject, string Body)> ComposeAsync(CchcDbContext db, SatisfactionAlert alert, string siteBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(siteBaseUrl);
        var unit = await UnitNameAsync(db, alert, cancellationToken);
        var previous = await PreviousAsync(db, alert, cancellationToken);
        var subject = previous is null ? $"Cảnh báo mức độ hài lòng giảm: {unit}" : $"Nhắc lại: mức độ hài lòng vẫn thấp: {unit}";
        var reminder = previous is null
            ? ""
            : $"""

            Nhắc lại: đơn vị này đã có cảnh báo mã {previous.Id} ngày {previous.EvidenceTo:dd/MM/yyyy}; các ngày được xét dưới đây đều sau cảnh báo đó, nên mức hài lòng vẫn thấp hơn mức thường lệ.
            """;
        var body = $"""
            {SatisfactionAlertWording.InVietnamese(unit, alert)}.{reminder}

            Các ngày được xét: từ {alert.EvidenceFrom:dd/MM/yyyy} đến {alert.EvidenceTo:dd/MM/yyyy}, {alert.Responses} lượt đánh giá nhanh, {Percent(alert.Share)} "Hài lòng" hoặc "Rất hài lòng".
            Mức thường lệ: {Percent(alert.CenterLine)} trên {alert.BaselineResponses} lượt đánh giá của {alert.BaselineWeeks} tuần trước đó.

            Mức chênh lệch này khó xảy ra do ngẫu nhiên: ngưỡng cảnh báo được chỉnh theo số cảnh báo nhầm mỗi năm chấp nhận được cho một đơn vị.
            Đây là tín hiệu cần tìm hiểu nguyên nhân, chưa phải kết luận về chất lượng phục vụ. Các đánh giá bị gắn cờ chưa được xem xét không được tính.
            Biểu đồ theo tuần (bằng chứng): {EvidenceUrl(siteBaseUrl, alert.Id)} (trang Thống kê của cán bộ, mục "Cảnh báo đang mở").

            Mã cảnh báo: {alert.Id}
            """;
        return (subject, body);
    }

    /// <summary>The unit's alert that this one follows within <see cref="ReminderWeeks"/> weeks: a drop that lasts
    /// signals again about weekly (docs/adr/0013-sustained-drop-alerts.md), and its e-mail says so.</summary>
    private static Task<SatisfactionAlert?> PreviousAsync(CchcDbContext db, SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        var since = alert.EvidenceFrom.AddDays(-7 * ReminderWeeks);
        return db.SatisfactionAlerts.AsNoTracking()
            .Where(a => a.UnitKind == alert.UnitKind && a.UnitId == alert.UnitId && a.Id != alert.Id && a.EvidenceTo >= since && a.EvidenceTo < alert.EvidenceFrom)
            .OrderByDescending(a => a.EvidenceTo)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private const int ReminderWeeks = 2;

    /// <summary>The alert's card, with its weekly chart, on /Staff/Statistics.</summary>
    public static string EvidenceUrl(string siteBaseUrl, long alertId) =>
        string.Create(CultureInfo.InvariantCulture, $"{siteBaseUrl.TrimEnd('/')}/Staff/Statistics#alert-{alertId}");

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
