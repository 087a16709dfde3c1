using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Surveys;

/// <summary>Form version 1 (SIPAS.md): the quick rating's reasons, the 22 criteria of Decision 2640/QĐ-BNV,
/// the expectations and the optional profile.</summary>
public static class SurveyFormV1
{
    public static readonly SurveyFormDefinition Definition = new(
        SipasForm.Version,
        DissatisfactionReasons:
        [
            new("waited_long", "Phải chờ đợi lâu", "I waited too long"),
            new("staff_attitude", "Thái độ cán bộ chưa tốt", "The staff's attitude was poor"),
            new("unclear_guidance", "Hướng dẫn chưa rõ ràng", "The guidance was unclear"),
            new("extra_documents", "Bị yêu cầu giấy tờ không đúng quy định", "I was asked for documents that are not required"),
            new("late_result", "Trả kết quả trễ hẹn", "The result was late"),
            new("unofficial_payment", "Bị gợi ý chi phí ngoài quy định", "I was asked for an unofficial payment"),
            new("facilities", "Cơ sở vật chất chưa tốt", "The facilities were poor"),
            new("other", "Lý do khác", "Another reason"),
        ],
        Elements: SipasForm.Elements
            .Select(e => new SurveyElementDefinition(e.Code, e.NameVi, e.NameEn,
                e.Criteria.Select(c => new SurveyCriterionDefinition(c.Number, c.TextVi, c.TextEn)).ToList()))
            .ToList(),
        Expectations:
        [
            new("simplify_procedures", "Đơn giản hóa thủ tục hành chính", "Simplify administrative procedures"),
            new("shorten_time", "Rút ngắn thời gian giải quyết", "Shorten processing times"),
            new("staff_attitude", "Cải thiện thái độ phục vụ của công chức", "Improve civil servants' attitude"),
            new("staff_skills", "Nâng cao năng lực của công chức", "Improve civil servants' skills"),
            new("publicity", "Công khai, minh bạch thông tin thủ tục", "Publish procedures openly and clearly"),
            new("online_services", "Mở rộng dịch vụ công trực tuyến", "Expand online public services"),
            new("facilities", "Cải thiện cơ sở vật chất, trang thiết bị", "Improve facilities and equipment"),
            new("reduce_fees", "Giảm phí, lệ phí", "Reduce fees and charges"),
            new("feedback_handling", "Tiếp nhận, xử lý phản ánh kịp thời", "Handle feedback and petitions promptly"),
        ],
        MaxExpectations: 3,
        RespondentTypes: [new("individual", "Cá nhân", "Individual"), new("organisation", "Tổ chức, doanh nghiệp", "Organisation or business")],
        Genders: [new("female", "Nữ", "Female"), new("male", "Nam", "Male"), new("other", "Khác", "Other")],
        AgeBands:
        [
            new("under_25", "Dưới 25 tuổi", "Under 25"),
            new("25_34", "Từ 25 đến 34", "25 to 34"),
            new("35_49", "Từ 35 đến 49", "35 to 49"),
            new("50_64", "Từ 50 đến 64", "50 to 64"),
            new("65_plus", "Từ 65 tuổi", "65 or older"),
        ]);
}
