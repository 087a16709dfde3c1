using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.DemoData;

/// <summary>What demo citizens tick and write: form version 1's reasons and expectations weighted as complaints
/// at one-stop shops usually run (waiting and unclear guidance first, unofficial payments rare), and comments
/// in the words people use.</summary>
internal static class DemoTexts
{
    private static readonly Dictionary<string, double> ReasonWeights = new()
    {
        ["waited_long"] = 30,
        ["staff_attitude"] = 12,
        ["unclear_guidance"] = 18,
        ["extra_documents"] = 10,
        ["late_result"] = 15,
        ["unofficial_payment"] = 2,
        ["facilities"] = 8,
        ["other"] = 5,
    };

    /// <summary>A counter that has lost staff: people complain about waiting and late results.</summary>
    private static readonly Dictionary<string, double> UnderstaffedReasonWeights = new(ReasonWeights)
    {
        ["waited_long"] = 90,
        ["late_result"] = 30,
    };

    private static readonly Dictionary<string, double> ExpectationWeights = new()
    {
        ["simplify_procedures"] = 18,
        ["shorten_time"] = 20,
        ["staff_attitude"] = 8,
        ["staff_skills"] = 8,
        ["publicity"] = 8,
        ["online_services"] = 14,
        ["facilities"] = 10,
        ["reduce_fees"] = 8,
        ["feedback_handling"] = 6,
    };

    public static WeightedChoice<string> Reasons { get; } = FromForm(SurveyFormV1.Definition.DissatisfactionReasons, ReasonWeights);
    public static WeightedChoice<string> UnderstaffedReasons { get; } = FromForm(SurveyFormV1.Definition.DissatisfactionReasons, UnderstaffedReasonWeights);
    public static WeightedChoice<string> Expectations { get; } = FromForm(SurveyFormV1.Definition.Expectations, ExpectationWeights);

    /// <summary>The element a reason speaks of, whose criteria the same citizen then scores lower.</summary>
    public static IReadOnlyDictionary<string, string> ElementOfReason { get; } = new Dictionary<string, string>
    {
        ["waited_long"] = "E1",
        ["facilities"] = "E1",
        ["extra_documents"] = "E2",
        ["late_result"] = "E2",
        ["unofficial_payment"] = "E2",
        ["staff_attitude"] = "E3",
        ["unclear_guidance"] = "E3",
    };

    public static IReadOnlyList<string> Praise { get; } =
    [
        "Cán bộ hướng dẫn nhiệt tình, chu đáo. Cảm ơn Trung tâm!",
        "Thủ tục nhanh gọn, tôi nhận kết quả sớm hơn ngày hẹn.",
        "Nhân viên niềm nở, giải thích rõ ràng từng bước.",
        "Không phải chờ lâu, có máy lấy số thứ tự và màn hình gọi số rất tiện.",
        "Nơi chờ sạch sẽ, thoáng mát, có nước uống miễn phí.",
        "Được hướng dẫn nộp hồ sơ trực tuyến, lần sau không cần đến trực tiếp.",
        "Rất hài lòng với thái độ phục vụ của cán bộ quầy.",
        "Hồ sơ được tiếp nhận ngay, không bị yêu cầu bổ sung giấy tờ.",
        "Cán bộ trẻ, nhanh nhẹn, thao tác máy tính thành thạo.",
        "Tôi lớn tuổi nhưng được cán bộ hỗ trợ điền tờ khai tận tình.",
    ];

    public static IReadOnlyList<string> Suggestions { get; } =
    [
        "Nên bố trí thêm ghế ngồi, buổi sáng giờ cao điểm hơi đông.",
        "Mong có thêm chỗ để xe máy có mái che.",
        "Đề nghị niêm yết mức phí, lệ phí rõ hơn ở bảng thông tin.",
        "Nên có máy photo tại Trung tâm để người dân tiện sao giấy tờ.",
        "Máy lấy số thứ tự đôi khi bị lỗi, cần kiểm tra lại.",
        "Mong được nhận kết quả qua bưu điện để đỡ phải đi lại.",
        "Wifi ở khu vực chờ yếu, khó tra cứu hồ sơ trực tuyến.",
        "Nên làm việc thêm sáng thứ Bảy cho người đi làm giờ hành chính.",
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Complaints { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["waited_long"] =
        [
            "Chờ gần hai tiếng mới đến lượt, chỉ có một cán bộ tiếp nhận.",
            "Lấy số từ 7 giờ 30 mà gần 10 giờ mới được gọi.",
            "Dạo này phải chờ rất lâu, quầy thường xuyên vắng cán bộ.",
        ],
        ["staff_attitude"] =
        [
            "Cán bộ nói chuyện cộc lốc, không muốn giải thích.",
            "Thái độ thiếu tôn trọng người dân, vừa làm việc vừa dùng điện thoại.",
        ],
        ["unclear_guidance"] =
        [
            "Mỗi lần hướng dẫn một kiểu, tôi phải đi lại ba lần mới đủ hồ sơ.",
            "Không được giải thích rõ cần chuẩn bị những giấy tờ gì.",
        ],
        ["extra_documents"] =
        [
            "Bị yêu cầu nộp thêm bản sao có chứng thực dù đã có bản điện tử.",
            "Bị đòi giấy xác nhận cư trú trong khi đã có căn cước gắn chíp.",
        ],
        ["late_result"] =
        [
            "Hẹn 5 ngày nhưng đến ngày thứ 10 vẫn chưa có kết quả, không ai thông báo.",
            "Trễ hẹn mà không có thư xin lỗi hay giải thích lý do.",
        ],
        ["unofficial_payment"] = ["Có người gợi ý nộp thêm tiền để được giải quyết nhanh hơn."],
        ["facilities"] =
        [
            "Phòng chờ nóng, quạt hỏng, thiếu ghế ngồi.",
            "Máy tra cứu không hoạt động, không có người hỗ trợ.",
        ],
        ["other"] =
        [
            "Hệ thống mạng bị lỗi cả buổi sáng, không nộp được hồ sơ.",
            "Không hài lòng với cách giải quyết hồ sơ của tôi.",
        ],
    };

    private static WeightedChoice<string> FromForm(IEnumerable<SurveyChoice> choices, IReadOnlyDictionary<string, double> weights) =>
        new(choices.Select(c => (c.Code, weights.GetValueOrDefault(c.Code, 5))));
}
