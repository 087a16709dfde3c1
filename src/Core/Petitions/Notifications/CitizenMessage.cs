using System.Globalization;
using CchcFeedback.Core.Petitions.Deadlines;

namespace CchcFeedback.Core.Petitions.Notifications;

/// <summary>One notice to a citizen: the e-mail (subject and body) and the short text for SMS or Zalo. No name or
/// other personal data goes in: the tracking code and the link say which petition it is.</summary>
public sealed record CitizenMessage(string Subject, string EmailBody, string ShortText);

/// <summary>What citizens are told, in Vietnamese. Messages address the sender as "ông/bà", as official letters do.</summary>
public static class CitizenMessages
{
    public static CitizenMessage Received(PetitionKind kind, string code, string link, string hotline) => new(
        $"Đã tiếp nhận {Lower(kind)} của ông/bà, mã {code}",
        Letter($"""
            Chúng tôi đã tiếp nhận {Lower(kind)} của ông/bà.
            Mã theo dõi: {code}
            Ông/bà theo dõi tình trạng giải quyết tại: {link}

            {PetitionKinds.Name(kind)} sẽ được chuyển đến cơ quan có thẩm quyền giải quyết; ông/bà sẽ được thông báo ở từng bước.
            """, hotline),
        $"Đã tiếp nhận {Lower(kind)} của ông/bà, mã {code}. Theo dõi: {link}");

    public static CitizenMessage Routed(PetitionKind kind, string code, string department, DateTimeOffset? dueAt, string link, string hotline) => new(
        $"{PetitionKinds.Name(kind)} {code} đã được chuyển đến {department}",
        Letter($"""
            {PetitionKinds.Name(kind)} mã {code} của ông/bà đã được chuyển đến {department} để xem xét, giải quyết.{Due(dueAt)}
            Ông/bà theo dõi tình trạng giải quyết tại: {link}
            """, hotline),
        $"{PetitionKinds.Name(kind)} {code} đã được chuyển đến {department}. Theo dõi: {link}");

    public static CitizenMessage Answered(PetitionKind kind, string code, string department, string? answer, string link, string hotline) => new(
        $"{PetitionKinds.Name(kind)} {code} đã có trả lời",
        Letter($"""
            {department} đã trả lời {Lower(kind)} mã {code} của ông/bà.{Quoted("Nội dung trả lời", answer)}

            Xem tại: {link}
            Nếu chưa hài lòng với câu trả lời, ông/bà có thể đề nghị xem xét lại một lần trong vòng 15 ngày.
            """, hotline),
        $"{PetitionKinds.Name(kind)} {code} đã có trả lời. Xem tại: {link}");

    public static CitizenMessage Reopened(PetitionKind kind, string code, string department, DateTimeOffset? dueAt, string link, string hotline) => new(
        $"{PetitionKinds.Name(kind)} {code} đã được mở lại",
        Letter($"""
            Theo đề nghị của ông/bà, {Lower(kind)} mã {code} đã được mở lại và chuyển lại {department} để xem xét, giải quyết.{Due(dueAt)}
            Ông/bà theo dõi tình trạng giải quyết tại: {link}
            """, hotline),
        $"{PetitionKinds.Name(kind)} {code} đã được mở lại và chuyển lại {department}. Theo dõi: {link}");

    public static CitizenMessage InfoRequested(PetitionKind kind, string code, string department, string? request, string link, string hotline) => new(
        $"Đề nghị bổ sung thông tin cho {Lower(kind)} {code}",
        Letter($"""
            Để giải quyết {Lower(kind)} mã {code} của ông/bà, {department} đề nghị ông/bà bổ sung thông tin.{Quoted("Nội dung cần bổ sung", request)}

            Xem chi tiết tại: {link}
            """, hotline),
        $"{department} đề nghị bổ sung thông tin cho {Lower(kind)} {code}. Xem tại: {link}");

    private static string Lower(PetitionKind kind) => PetitionKinds.LowerName(kind);

    private static string Due(DateTimeOffset? dueAt) =>
        dueAt is { } due ? $"\nHạn trả lời: ngày {PetitionDeadlines.LastDayOf(due).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}." : "";

    private static string Quoted(string heading, string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : $"\n\n{heading}:\n{text.Trim()}";

    private static string Letter(string content, string hotline) =>
        $"Kính gửi ông/bà,\n\n{content.TrimEnd()}\n\n"
        + (string.IsNullOrWhiteSpace(hotline) ? "" : $"Đường dây nóng: {hotline}\n")
        + "Thư này được gửi tự động từ hệ thống Góp ý CCHC tỉnh Quảng Trị; xin vui lòng không trả lời thư này.\n";
}
