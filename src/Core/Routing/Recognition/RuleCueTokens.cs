namespace CchcFeedback.Core.Routing.Recognition;

/// <summary>Marks the words of ROUTING.md's rules in a folded text with one token per rule, before the
/// recogniser reads it. A handful of examples cannot teach every way of saying "the portal" or "the waiting
/// room"; the word lists do, and the model still learns from examples how far to trust each mark.</summary>
public static class RuleCueTokens
{
    private static readonly (string Token, PhraseList Phrases)[] Marks =
    [
        ("qqportal", new PhraseList(
            "cổng dịch vụ công", "dịch vụ công trực tuyến", "trực tuyến", "online", "trên mạng", "qua mạng", "trang web",
            "website", "web", "đăng nhập", "tài khoản dịch vụ công", "tài khoản định danh", "đăng ký tài khoản",
            "tạo tài khoản", "tài khoản bị khóa", "mật khẩu", "otp", "thanh toán trực tuyến", "lỗi hệ thống",
            "hệ thống lỗi", "hệ thống báo lỗi", "báo lỗi", "ứng dụng trên điện thoại", "ứng dụng dịch vụ công", "app",
            "chữ ký số", "tải file", "tải lên", "trình duyệt", "đồng bộ", "một cửa điện tử", "phần mềm", "đường truyền",
            "email")),
        ("qqcenter", new PhraseList(
            "bãi xe", "bãi giữ xe", "chỗ để xe", "để xe", "gửi xe", "giữ xe", "đỗ xe", "số thứ tự", "lấy số", "bốc số",
            "xếp hàng", "ghế ngồi", "ghế chờ", "thiếu ghế", "chỗ ngồi", "phòng chờ", "sảnh", "khu chờ", "nhà vệ sinh",
            "khu vệ sinh", "điều hòa", "không có quạt", "quạt điện", "quạt máy", "nước uống", "wifi", "máy photo",
            "photocopy", "máy tra cứu", "giờ mở cửa", "giờ làm việc", "mở cửa", "đóng cửa", "nghỉ trưa", "thứ bảy", "biển chỉ dẫn", "loa", "màn hình", "xe lăn", "lối đi", "chật chội",
            "nóng bức", "nóng nực", "chen lấn", "chờ đợi", "mái che", "nhân viên bảo vệ", "người bảo vệ",
            "bảo vệ trung tâm")),
        ("qqstaff", new PhraseList(
            "thái độ", "cáu gắt", "quát", "quát nạt", "hách dịch", "cửa quyền", "tận tình", "nhiệt tình", "tận tâm",
            "lướt điện thoại", "dùng điện thoại", "bấm điện thoại", "chơi điện thoại", "xem điện thoại", "nói chuyện riêng",
            "đi muộn", "về sớm", "bỏ quầy", "vắng mặt", "lịch sự", "thiếu tôn trọng", "thẻ công chức", "vui vẻ",
            "to tiếng", "thờ ơ", "làm việc riêng", "trống không", "coi thường")),
        ("qqgeneral", new PhraseList(
            "cải cách hành chính", "khảo sát", "phiếu khảo sát", "sự hài lòng", "hài lòng", "mã qr", "hệ thống góp ý",
            "góp ý này", "trang góp ý", "nhìn chung", "cảm ơn", "đơn giản hóa", "một cửa liên thông", "chỉ số hài lòng",
            "chỉ số cải cách")),
    ];

    public static string Mark(string folded)
    {
        var tokens = Marks.Where(m => m.Phrases.AnyIn(folded)).Select(m => m.Token).ToList();
        if (IntegrityCues.Hints(folded))
        {
            tokens.Add("qqintegrity");
        }
        return tokens.Count == 0 ? folded : folded + " " + string.Join(' ', tokens);
    }
}
