using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Petitions.Publishing;
using CchcFeedback.Core.Routing;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>The staff's words (Vietnamese, English through the resx) for statuses, history events and routing rules.</summary>
public static class HandlingWords
{
    public static string Status(IStringLocalizer l, PetitionStatus status) => status switch
    {
        PetitionStatus.Received => l["Mới nhận, chờ chuyển"],
        PetitionStatus.Routed => l["Mới chuyển đến"],
        PetitionStatus.Accepted => l["Đang giải quyết"],
        PetitionStatus.Returned => l["Đã trả lại, chờ chuyển lại"],
        PetitionStatus.InfoRequested => l["Chờ người gửi bổ sung"],
        PetitionStatus.Answered => l["Đã trả lời"],
        _ => l["Đã đóng"],
    };

    public static string Event(IStringLocalizer l, PetitionEventKind kind) => kind switch
    {
        PetitionEventKind.Received => l["Tiếp nhận ý kiến"],
        PetitionEventKind.Supported => l["Thêm người cùng gửi"],
        PetitionEventKind.Routed => l["Chuyển đến cơ quan"],
        PetitionEventKind.Accepted => l["Tiếp nhận xử lý"],
        PetitionEventKind.Returned => l["Trả lại (không thuộc thẩm quyền)"],
        PetitionEventKind.Transferred => l["Chuyển cơ quan khác"],
        PetitionEventKind.Escalated => l["Nhắc hạn, báo cáo lãnh đạo"],
        PetitionEventKind.Answered => l["Trả lời"],
        PetitionEventKind.Published => l["Công khai trả lời"],
        PetitionEventKind.Reopened => l["Mở lại"],
        PetitionEventKind.Closed => l["Đóng"],
        PetitionEventKind.Redacted => l["Che thông tin"],
        PetitionEventKind.InfoRequested => l["Đề nghị bổ sung thông tin"],
        PetitionEventKind.InfoReceived => l["Nhận thông tin bổ sung"],
        PetitionEventKind.Reassigned => l["Lãnh đạo giao lại"],
        _ => l["Gia hạn"],
    };

    public static string Rule(IStringLocalizer l, string? rule) => rule switch
    {
        "Integrity" => l["Liêm chính (tiêu cực, khiếu nại, tố cáo)"],
        "Portal" => l["Cổng dịch vụ công trực tuyến"],
        "Center" => l["Cơ sở vật chất của trung tâm"],
        "Procedure" => l["Thủ tục hành chính"],
        "Field" => l["Lĩnh vực"],
        "CounterStaff" => l["Cán bộ tại quầy"],
        "GeneralRemarks" => l["Góp ý chung"],
        "Triage" => l["Chưa chắc chắn: cần phân loại"],
        null => l["Chưa chuyển"],
        _ => rule,
    };

    public static string Part(IStringLocalizer l, RedactedPart part) => part switch
    {
        RedactedPart.Title => l["Tiêu đề"],
        RedactedPart.Text => l["Nội dung"],
        _ => l["Ảnh"],
    };

    /// <summary>Who took a step: the citizen, the system's jobs by what they do, or the staff member's e-mail.</summary>
    public static string Actor(IStringLocalizer l, string actor) => actor switch
    {
        CitizenFollowUp.Actor => l["Người gửi"],
        RoutePetitionJob.Actor => l["Hệ thống (chuyển tự động)"],
        PetitionEscalationJob.Actor => l["Hệ thống (cảnh báo hạn)"],
        AnswerPublication.Actor => l["Hệ thống (công khai trả lời)"],
        _ when actor == "system" || actor.StartsWith("system:", StringComparison.Ordinal) => l["Hệ thống"],
        _ => actor,
    };

    /// <summary>Day and time in Vietnam, the way staff read it.</summary>
    public static string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm");

    /// <summary>The last day of a deadline (it runs out at its 24:00).</summary>
    public static string Day(DateTimeOffset deadline) => PetitionDeadlines.LastDayOf(deadline).ToString("dd/MM/yyyy");
}
