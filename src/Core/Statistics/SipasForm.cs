namespace CchcFeedback.Core.Statistics;

/// <summary>Form version 1: the 5 elements and 22 criteria of Decision 2640/QĐ-BNV as commonly published. The
/// wording must be checked against the decision's text before a deployment freezes the form; a later wording
/// becomes a new form version, never an edit of this one.</summary>
public static class SipasForm
{
    public const int Version = 1;
    public const int CriterionCount = 22;

    public static IReadOnlyList<SipasElement> Elements { get; } =
    [
        Element("E1", "Tiếp cận dịch vụ", "Access to the service",
            (1, "Nơi ngồi chờ có đủ chỗ ngồi", "The waiting area has enough seats"),
            (2, "Trang thiết bị phục vụ đầy đủ", "The service equipment is sufficient"),
            (3, "Trang thiết bị hiện đại", "The equipment is modern"),
            (4, "Trang thiết bị dễ sử dụng", "The equipment is easy to use")),
        Element("E2", "Thủ tục hành chính", "Administrative procedure",
            (5, "TTHC được niêm yết công khai đầy đủ", "The procedure is fully posted in public"),
            (6, "Niêm yết công khai chính xác", "The procedure is posted accurately"),
            (7, "Thành phần hồ sơ phải nộp đúng quy định", "The documents required are as regulated"),
            (8, "Phí, lệ phí phải nộp đúng quy định", "The fees and charges paid are as regulated"),
            (9, "Thời hạn giải quyết đúng quy định", "The processing time is as regulated")),
        Element("E3", "Công chức", "Civil servants",
            (10, "Thái độ giao tiếp lịch sự", "Civil servants communicate politely"),
            (11, "Chú ý lắng nghe ý kiến", "Civil servants listen attentively"),
            (12, "Trả lời, giải thích đầy đủ", "Civil servants answer and explain fully"),
            (13, "Hướng dẫn kê khai hồ sơ tận tình, chu đáo", "Civil servants guide the filing thoroughly and considerately"),
            (14, "Hướng dẫn kê khai dễ hiểu", "Civil servants' guidance on filing is easy to understand"),
            (15, "Tuân thủ đúng quy định trong giải quyết công việc", "Civil servants follow the rules in handling the work")),
        Element("E4", "Kết quả", "Results",
            (16, "Kết quả đúng quy định", "The result is as regulated"),
            (17, "Kết quả có thông tin đầy đủ", "The result has complete information"),
            (18, "Kết quả có thông tin chính xác", "The result has accurate information")),
        Element("E5", "Góp ý, phản ánh, kiến nghị", "Feedback and petitions",
            (19, "Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị", "A way to receive feedback and petitions is provided"),
            (20, "Dễ dàng thực hiện góp ý, phản ánh, kiến nghị", "Giving feedback and petitions is easy"),
            (21, "Tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị", "Feedback and petitions are received and handled actively"),
            (22, "Thông báo kết quả xử lý kịp thời", "The outcome is notified in time")),
    ];

    public static IReadOnlyList<SipasCriterion> Criteria { get; } = [.. Elements.SelectMany(e => e.Criteria)];

    public static SipasCriterion Criterion(int number) =>
        number is >= 1 and <= CriterionCount
            ? Criteria[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, "Criteria are numbered 1 to 22.");

    public static SipasElement Element(string code) =>
        Elements.FirstOrDefault(e => e.Code == code)
            ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Elements are E1 to E5.");

    private static SipasElement Element(
        string code, string nameVi, string nameEn, params (int Number, string Vi, string En)[] criteria) =>
        new(code, nameVi, nameEn, [.. criteria.Select(c => new SipasCriterion(c.Number, code, c.Vi, c.En))]);
}
