using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Api.Open311;

/// <summary>GeoReport v2 services are the petition kinds: service_code is the kind's code. None has attributes
/// (metadata false): title, text and contact map onto the standard request fields.</summary>
public static class Open311Services
{
    public const string Group = "Phản ánh, kiến nghị";

    public static IReadOnlyList<Open311Service> All { get; } = PetitionKinds.All.Select(kind => new Open311Service(
        PetitionKinds.Code(kind), PetitionKinds.Name(kind), Description(kind), false, "realtime", Keywords(kind), Group)).ToList();

    private static string Description(PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh => "Khó khăn, phiền hà do quy định hoặc cách cơ quan, cán bộ giải quyết thủ tục (Nghị định 20/2008/NĐ-CP). Cần họ tên, địa chỉ, điện thoại. / A difficulty caused by a rule or by how an agency or official acted.",
        PetitionKind.KienNghi => "Phản ánh kèm đề xuất cách giải quyết, hoặc sáng kiến. Cần họ tên, địa chỉ, điện thoại. / A petition with a proposed solution, or an initiative.",
        PetitionKind.GopY => "Nhận xét, cảm ơn, gợi ý về dịch vụ; có thể ẩn danh. / A remark, thanks or suggestion; may be anonymous.",
        PetitionKind.KhieuNai => "Không đồng ý với một quyết định hoặc hành vi hành chính (Luật Khiếu nại 2011). Cần họ tên, địa chỉ, điện thoại. / Contests an administrative decision or act.",
        _ => "Báo hành vi vi phạm pháp luật (Luật Tố cáo); danh tính người tố cáo được giữ bí mật. Cần họ tên, địa chỉ, điện thoại. / Reports a violation of law; the sender's identity is protected.",
    };

    private static string Keywords(PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh => "phản ánh, chậm trễ, phiền hà",
        PetitionKind.KienNghi => "kiến nghị, đề xuất, sáng kiến",
        PetitionKind.GopY => "góp ý, cảm ơn, gợi ý",
        PetitionKind.KhieuNai => "khiếu nại, quyết định hành chính",
        _ => "tố cáo, vi phạm, hối lộ",
    };
}

/// <summary>One GeoReport v2 service, with the specification's field names.</summary>
public record Open311Service(
    string service_code,
    string service_name,
    string description,
    bool metadata,
    string type,
    string keywords,
    string group);
