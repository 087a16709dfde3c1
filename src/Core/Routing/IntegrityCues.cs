namespace CchcFeedback.Core.Routing;

/// <summary>Rule 1 of ROUTING.md by its own words: bribes, requests for money, "bồi dưỡng", informal payments,
/// harassment and abuse of power. A request for money that sounds like an official fee (lệ phí, biên lai)
/// is a wrong fee, not a bribe, and follows the later rules.</summary>
public static class IntegrityCues
{
    // Phrases that look like a cue but are not one: training courses (lớp bồi dưỡng), a worker's allowance
    // (bồi dưỡng độc hại), the cost of something (chi phí), the portal's receipt (biên lai điện tử).
    private static readonly PhraseList InnocentUses = new(
        "lớp bồi dưỡng", "bồi dưỡng nghiệp vụ", "bồi dưỡng kiến thức", "bồi dưỡng chuyên môn", "bồi dưỡng học sinh",
        "khóa bồi dưỡng", "bồi dưỡng chính trị", "bồi dưỡng độc hại", "chế độ bồi dưỡng", "bồi dưỡng bằng hiện vật",
        "chi phí", "biên lai điện tử");

    private static readonly PhraseList Strong = new(
        "hối lộ", "bồi dưỡng", "phong bì", "phong bao", "tiền cà phê", "tiền cafe", "tiền cf", "tiền trà nước",
        "tiền uống nước", "tiền nước nôi", "lót tay", "bôi trơn", "chi phí không chính thức", "chi phí ngoài", "chi ngoài",
        "tiền ngoài", "khoản ngoài", "tiền lót", "nhũng nhiễu", "sách nhiễu", "hạch sách", "gây khó dễ",
        "cố tình gây khó", "cố tình làm khó", "cố ý làm khó", "vòi vĩnh", "vòi tiền", "vụ lợi", "tham nhũng",
        "tham ô", "lạm dụng chức vụ", "lợi dụng chức vụ", "lạm dụng quyền hạn", "lợi dụng quyền hạn", "lạm quyền",
        "ăn chặn", "ăn bớt", "không có biên lai", "không xuất biên lai", "không cấp biên lai", "không đưa biên lai",
        "không giao biên lai", "chạy hồ sơ", "chạy giấy tờ", "tiền làm nhanh", "phí làm nhanh", "tiền chạy");

    // Asking for money is a bribe unless it reads as an official fee charged wrongly.
    private static readonly PhraseList Weak = new(
        "đòi tiền", "đòi thêm tiền", "thu thêm tiền", "thu thêm", "đưa thêm tiền", "đưa tiền", "nộp thêm tiền",
        "xin tiền", "gợi ý đưa", "gợi ý tiền", "ra giá", "bắt đưa", "đòi chi");

    private static readonly PhraseList OfficialFee = new("lệ phí", "phí", "biểu phí", "mức thu", "biên lai", "hóa đơn");

    /// <summary>The cue that sends a petition to the inspectorate, folded, or null.</summary>
    public static string? Find(string folded)
    {
        var text = InnocentUses.Erase(folded);
        if (Strong.FirstIn(text) is { } strong)
        {
            return strong;
        }
        return Weak.FirstIn(text) is { } weak && !OfficialFee.AnyIn(text) ? weak : null;
    }
}
