using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>Plain Vietnamese (English through the resx) for a petition's kind, status and legal clock.</summary>
public static class PetitionWords
{
    /// <summary>The kind's name: Core's Vietnamese (<see cref="PetitionKinds.Name"/>) through the resx.</summary>
    public static string Kind(IStringLocalizer l, PetitionKind kind) => l[PetitionKinds.Name(kind)];

    /// <summary>What happens next and by when, as the law says it (PETITIONS.md); the date itself comes with routing.</summary>
    public static string NextSteps(IStringLocalizer l, PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh or PetitionKind.KienNghi => l["Hệ thống chuyển ý kiến đến cơ quan có thẩm quyền trong vài phút. Cơ quan phải trả lời trong 10 ngày làm việc; nếu việc không thuộc thẩm quyền của mình, cơ quan chuyển đến nơi có thẩm quyền trong 5 ngày làm việc (Nghị định 20/2008/NĐ-CP)."],
        PetitionKind.GopY => l["Góp ý được ghi nhận và chuyển đến đơn vị liên quan để cải tiến dịch vụ. Góp ý không bắt buộc có trả lời."],
        PetitionKind.KhieuNai => l["Khiếu nại được chuyển đến Thanh tra tỉnh để hướng dẫn theo Luật Khiếu nại 2011: thụ lý trong 10 ngày kể từ khi nhận, giải quyết trong 30 ngày kể từ khi thụ lý (45 ngày với vụ việc phức tạp)."],
        _ => l["Tố cáo được chuyển đến Thanh tra tỉnh để xử lý theo Luật Tố cáo. Danh tính người tố cáo được giữ bí mật."],
    };

    /// <param name="reopened">The citizen reopened it: it is with the department again.</param>
    public static string Status(IStringLocalizer l, PetitionTracking petition, bool reopened = false) => petition.Status switch
    {
        PetitionStatus.Received => l["Đã tiếp nhận, đang chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Routed when petition.NeedsTriage => l["Đang được phân loại để chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Routed or PetitionStatus.Accepted when reopened => l["Đang được xem xét lại theo yêu cầu của quý khách"],
        PetitionStatus.Routed => l["Đã chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Accepted => l["Cơ quan có thẩm quyền đang xem xét, giải quyết"],
        PetitionStatus.Returned => l["Đang chuyển lại đến cơ quan có thẩm quyền"],
        PetitionStatus.InfoRequested => l["Cơ quan đề nghị người gửi bổ sung thông tin; thời hạn tạm dừng đến khi nhận được"],
        PetitionStatus.Answered => l["Đã có trả lời"],
        PetitionStatus.Closed => l["Đã kết thúc"],
        // A step added to the workflow later reads as work in progress until it is given words of its own.
        _ => l["Đang được xử lý"],
    };

    /// <summary>A public step of the history, in plain words; never who did it or why.</summary>
    public static string Event(IStringLocalizer l, PetitionEventKind kind) => kind switch
    {
        PetitionEventKind.Received => l["Đã tiếp nhận ý kiến"],
        PetitionEventKind.Routed => l["Đã chuyển đến cơ quan có thẩm quyền"],
        PetitionEventKind.Accepted => l["Cơ quan có thẩm quyền nhận giải quyết"],
        PetitionEventKind.Returned => l["Cơ quan đã nhận cho biết việc không thuộc thẩm quyền; ý kiến được chuyển lại"],
        PetitionEventKind.Transferred => l["Được chuyển sang cơ quan có thẩm quyền khác"],
        PetitionEventKind.Answered => l["Cơ quan có thẩm quyền đã trả lời"],
        PetitionEventKind.Published => l["Câu trả lời được công khai"],
        PetitionEventKind.Rated => l["Người gửi đã đánh giá câu trả lời"],
        PetitionEventKind.Reopened => l["Người gửi yêu cầu xem xét lại"],
        PetitionEventKind.Closed => l["Đã kết thúc"],
        PetitionEventKind.Redacted => l["Thông tin cá nhân đã được xóa hoặc che"],
        _ => l["Đang được xử lý"],
    };

    /// <summary>Why a rating or a reopening was not taken, in plain words.</summary>
    public static string Refusal(IStringLocalizer l, FollowUpOutcome outcome, FollowUpState? state) => outcome switch
    {
        FollowUpOutcome.NoAnswer => l["Chưa có trả lời để đánh giá hoặc yêu cầu xem xét lại."],
        FollowUpOutcome.AlreadyRated => l["Quý khách đã đánh giá câu trả lời này. Mỗi câu trả lời chỉ được đánh giá một lần."],
        FollowUpOutcome.AlreadyReopened => l["Ý kiến này đã được yêu cầu xem xét lại. Mỗi ý kiến chỉ được yêu cầu xem xét lại một lần."],
        FollowUpOutcome.TooLate => l["Đã hết hạn yêu cầu xem xét lại: chỉ được yêu cầu trong {0} ngày kể từ ngày trả lời, tức đến hết ngày {1}.",
            FollowUpLimits.ReopenDays, LastDay(state)],
        FollowUpOutcome.NotForThisKind => l["Khiếu nại và tố cáo được giải quyết theo Luật Khiếu nại và Luật Tố cáo, không yêu cầu xem xét lại trên trang này."],
        FollowUpOutcome.ReasonInvalid => l["Xin cho biết lý do chưa hài lòng, từ {0} đến {1} ký tự.", FollowUpLimits.ReasonMinLength, FollowUpLimits.ReasonMaxLength],
        _ => l["Không tìm thấy ý kiến nào có mã này."],
    };

    /// <summary>The last day a reopening is taken, as the citizen reads dates.</summary>
    public static string LastDay(FollowUpState? state) =>
        state?.ReopenUntil is { } until ? VietnamTime.DateOf(until.AddTicks(-1)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
}
