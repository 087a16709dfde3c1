using CchcFeedback.Core.Petitions;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>Plain Vietnamese (English through the resx) for a petition's kind, status and legal clock.</summary>
public static class PetitionWords
{
    public static string Kind(IStringLocalizer l, PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh => l["Phản ánh"],
        PetitionKind.KienNghi => l["Kiến nghị"],
        PetitionKind.GopY => l["Góp ý"],
        PetitionKind.KhieuNai => l["Khiếu nại"],
        _ => l["Tố cáo"],
    };

    /// <summary>What happens next and by when, as the law says it (PETITIONS.md); the date itself comes with routing.</summary>
    public static string NextSteps(IStringLocalizer l, PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh or PetitionKind.KienNghi => l["Hệ thống chuyển ý kiến đến cơ quan có thẩm quyền trong vài phút. Cơ quan phải trả lời trong 10 ngày làm việc; nếu việc không thuộc thẩm quyền của mình, cơ quan chuyển đến nơi có thẩm quyền trong 5 ngày làm việc (Nghị định 20/2008/NĐ-CP)."],
        PetitionKind.GopY => l["Góp ý được ghi nhận và chuyển đến đơn vị liên quan để cải tiến dịch vụ. Góp ý không bắt buộc có trả lời."],
        PetitionKind.KhieuNai => l["Khiếu nại được chuyển đến Thanh tra tỉnh để hướng dẫn theo Luật Khiếu nại 2011: thụ lý trong 10 ngày kể từ khi nhận, giải quyết trong 30 ngày kể từ khi thụ lý (45 ngày với vụ việc phức tạp)."],
        _ => l["Tố cáo được chuyển đến Thanh tra tỉnh để xử lý theo Luật Tố cáo. Danh tính người tố cáo được giữ bí mật."],
    };

    public static string Status(IStringLocalizer l, PetitionTracking petition) => petition.Status switch
    {
        PetitionStatus.Received => l["Đã tiếp nhận, đang chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Routed when petition.NeedsTriage => l["Đang được phân loại để chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Routed => l["Đã chuyển đến cơ quan có thẩm quyền"],
        PetitionStatus.Accepted => l["Cơ quan có thẩm quyền đang xem xét, giải quyết"],
        PetitionStatus.Returned => l["Đang chuyển lại đến cơ quan có thẩm quyền"],
        PetitionStatus.InfoRequested => l["Cơ quan đề nghị người gửi bổ sung thông tin; thời hạn tạm dừng đến khi nhận được"],
        PetitionStatus.Answered => l["Đã có trả lời"],
        _ => l["Đã kết thúc"],
    };
}
