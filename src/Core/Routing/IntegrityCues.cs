namespace CchcFeedback.Core.Routing;

/// <summary>Rule 1 of ROUTING.md by its own words: bribes, requests for money, "bồi dưỡng", informal payments,
/// harassment and abuse of power. A request for money that sounds like an official fee (lệ phí, biên lai)
/// is a wrong fee, not a bribe, and follows the later rules.</summary>
public static class IntegrityCues
{
    // Phrases that look like a cue but are not one: training courses (lớp bồi dưỡng), a worker's allowance
    // (bồi dưỡng độc hại, tiền ngoài giờ), money a citizen is owed (tiền bồi thường, tiền hỗ trợ), the
    // portal's receipt (biên lai điện tử).
    private static readonly PhraseList InnocentUses = new(
        "lớp bồi dưỡng", "bồi dưỡng nghiệp vụ", "bồi dưỡng kiến thức", "bồi dưỡng chuyên môn", "bồi dưỡng học sinh",
        "khóa bồi dưỡng", "bồi dưỡng chính trị", "bồi dưỡng độc hại", "chế độ bồi dưỡng", "bồi dưỡng bằng hiện vật",
        "tiền ngoài giờ", "tiền bồi thường", "tiền đền bù", "tiền hỗ trợ", "tiền trợ cấp", "tiền lương", "tiền công",
        "tiền điện", "tiền nước", "tiền thuê", "tiền học", "tiền sử dụng đất", "biên lai điện tử");

    private static readonly PhraseList Strong = new(
        "hối lộ", "bồi dưỡng", "phong bì", "phong bao", "tiền cà phê", "tiền cafe", "tiền cf", "tiền trà nước",
        "tiền uống nước", "tiền nước nôi", "lót tay", "bôi trơn", "chi phí không chính thức", "chi phí ngoài", "chi ngoài",
        "tiền ngoài", "khoản ngoài", "tiền lót", "nhũng nhiễu", "sách nhiễu", "hạch sách", "gây khó dễ",
        "cố tình gây khó", "cố tình làm khó", "cố ý làm khó", "vòi vĩnh", "vòi tiền", "vụ lợi", "tham nhũng",
        "tham ô", "lạm dụng chức vụ", "lợi dụng chức vụ", "lạm dụng quyền hạn", "lợi dụng quyền hạn", "lạm quyền",
        "ăn chặn", "ăn bớt", "không có biên lai", "không xuất biên lai", "không cấp biên lai", "không đưa biên lai",
        "không giao biên lai", "chạy hồ sơ", "chạy giấy tờ", "tiền làm nhanh", "phí làm nhanh");

    // Asking for money: a bribe when an official asks and it does not read as an official fee charged wrongly.
    private static readonly PhraseList AskingForMoney = new(
        "đòi tiền", "đòi thêm tiền", "thu thêm tiền", "thu thêm", "đưa thêm tiền", "đưa tiền", "nộp thêm tiền",
        "xin tiền", "gợi ý đưa", "gợi ý tiền", "ra giá", "bắt đưa", "đòi chi", "phải chi");

    private static readonly PhraseList Official = new(
        "cán bộ", "nhân viên", "công chức", "người tiếp nhận", "người ngồi quầy", "quầy", "trưởng thôn", "chủ tịch",
        "công an", "đoàn kiểm tra", "cảnh sát", "thanh tra", "kế toán", "địa chính", "tư pháp");

    private static readonly PhraseList OfficialFee = new("lệ phí", "phí", "biểu phí", "mức thu", "biên lai", "hóa đơn");

    private static readonly PhraseList Cost = new("chi phí");

    /// <summary>The words that by themselves send a petition to the inspectorate, folded, or null.</summary>
    public static string? Find(string folded)
    {
        var text = InnocentUses.Erase(folded);
        if (Strong.FirstIn(text) is { } strong)
        {
            return strong;
        }
        return AskingForMoney.FirstIn(text) is { } asked && Official.AnyIn(text) && !OfficialFee.AnyIn(Cost.Erase(text)) ? asked : null;
    }

    /// <summary>True when the text speaks of money asked for, even without an official named: a hint for the
    /// recogniser, not a decision.</summary>
    public static bool Hints(string folded)
    {
        var text = InnocentUses.Erase(folded);
        return Strong.AnyIn(text) || (AskingForMoney.AnyIn(text) && !OfficialFee.AnyIn(Cost.Erase(text)));
    }
}
