using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Api.Open311;

/// <summary>How petitions read in GeoReport terms.</summary>
public static class Open311Words
{
    private const int TitleLength = 80;

    public static Open311Request Request(PetitionTracking p) => new(
        p.TrackingCode,
        p.IsOpen ? "open" : "closed",
        p.Answer ?? Status(p),
        PetitionKinds.Name(p.Kind),
        PetitionKinds.Code(p.Kind),
        p.NeedsTriage ? null : p.DepartmentName,
        Notice(p.Kind),
        Open311Results.DateTime(p.ReceivedAt),
        Open311Results.DateTime(p.UpdatedAt),
        p.DueAt is { } due ? Open311Results.DateTime(due) : null,
        p.CenterName,
        p.CenterCode,
        null, null, null, null);

    /// <summary>The legal clock of the kind (PETITIONS.md), as a service_notice.</summary>
    public static string Notice(PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh or PetitionKind.KienNghi => "Trả lời trong 10 ngày làm việc (Nghị định 20/2008/NĐ-CP) / Answered within 10 working days",
        PetitionKind.GopY => "Góp ý được ghi nhận; không bắt buộc trả lời / Remarks are recorded; an answer is optional",
        PetitionKind.KhieuNai => "Thụ lý trong 10 ngày, giải quyết trong 30 ngày (Luật Khiếu nại 2011) / Accepted within 10 days, decided within 30",
        _ => "Chuyển Thanh tra tỉnh; danh tính người tố cáo được giữ bí mật / Handed to the inspectorate; the sender's identity is protected",
    };

    public static string Status(PetitionTracking p) => p.Status switch
    {
        PetitionStatus.Received => "Đã tiếp nhận / Received",
        PetitionStatus.Routed when p.NeedsTriage => "Đang phân loại / Being sorted",
        PetitionStatus.Routed => "Đã chuyển cơ quan có thẩm quyền / Passed to the competent body",
        PetitionStatus.Accepted => "Đang giải quyết / Being handled",
        PetitionStatus.Returned => "Đang chuyển lại / Being passed again",
        PetitionStatus.InfoRequested => "Chờ người gửi bổ sung thông tin / Waiting for information from the sender",
        PetitionStatus.Answered => "Đã trả lời / Answered",
        PetitionStatus.Closed => "Đã kết thúc / Closed",
        // A step added to the workflow later reads as work in progress until it is given words of its own.
        _ => "Đang xử lý / Being handled",
    };

    /// <summary>GeoReport has no title: the description's first words stand for it.</summary>
    public static string? TitleOf(string? description)
    {
        if (description is null)
        {
            return null;
        }
        var firstLine = description.Split('\n', 2)[0].Trim();
        if (firstLine.Length < PetitionLimits.TitleMinLength)
        {
            firstLine = description.ReplaceLineEndings(" ").Trim();
        }
        if (firstLine.Length <= TitleLength)
        {
            return firstLine;
        }
        var cut = firstLine.LastIndexOf(' ', TitleLength);
        return firstLine[..(cut > PetitionLimits.TitleMinLength ? cut : TitleLength)] + "…";
    }

    /// <summary>The GeoReport parameter a petition field comes from, for error descriptions.</summary>
    public static string Parameter(string field) => field switch
    {
        "kind" => "service_code",
        "title" or "text" => "description",
        "contactName" => "first_name",
        "contactPhone" => "phone",
        "contactEmail" => "email",
        "contactAddress" => "address_string",
        "centerCode" => "address_id",
        _ => field,
    };
}
