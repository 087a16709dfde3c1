using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Section I: what the survey covered and how many answered.</summary>
public static class SurveySection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (now, before) = (content.Summary, content.PreviousSummary);
        var previous = content.PreviousPeriod;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(
                $"Kỳ báo cáo: {ReportPeriodText.ShortPhrase(content.Period)}, từ ngày {ReportPeriodText.Day(content.Period.From)} đến ngày " +
                $"{ReportPeriodText.Day(content.Period.To)}. Phạm vi: {content.Place.Description}. Kỳ so sánh: {ReportPeriodText.ShortPhrase(previous)} " +
                $"(từ ngày {ReportPeriodText.Day(previous.From)} đến ngày {ReportPeriodText.Day(previous.To)})."),
            new ReportParagraph(
                "Người dân, tổ chức đánh giá ngay sau khi giao dịch bằng cách quét mã QR tại quầy: đánh giá nhanh ba mức (Rất hài lòng, " +
                "Hài lòng, Không hài lòng) và, nếu muốn, phiếu khảo sát 22 tiêu chí thuộc 5 yếu tố theo phương pháp SIPAS (Quyết định " +
                "2640/QĐ-BNV). Ý kiến gửi dồn dập từ một nguồn chưa được rà soát không được tính. Số liệu dưới 10 ý kiến không được công bố."),
            new ReportParagraph(
                $"Trong kỳ có {ReportNumbers.Count(now.QuickRating.Answers)} lượt đánh giá nhanh và {ReportNumbers.Count(content.Expectations.Respondents)} " +
                $"phiếu khảo sát đầy đủ; tỷ lệ phản hồi {Rate(now.ResponseRate)}."),
            new ReportTableBlock(Table(content, now, before)),
        };
        return new ReportSection("PHẠM VI KHẢO SÁT VÀ SỐ Ý KIẾN", blocks);
    }

    private static ReportTable Table(ReportContent content, SatisfactionSummary now, SatisfactionSummary before) => new(
        "Số ý kiến",
        "Số ý kiến trong kỳ và kỳ trước",
        [new("Chỉ tiêu"), new("Kỳ này"), new("Kỳ trước")],
        [
            [ReportCell.Text("Lượt đánh giá nhanh"), ReportCell.Count(now.QuickRating.Answers), ReportCell.Count(before.QuickRating.Answers)],
            [ReportCell.Text("Trong đó đánh giá trên trang quét mã QR"), ReportCell.Count(now.ResponseRate.Responses), ReportCell.Count(before.ResponseRate.Responses)],
            [ReportCell.Text("Lượt mở trang đánh giá (quét mã QR)"), ReportCell.Count(now.ResponseRate.Scans), ReportCell.Count(before.ResponseRate.Scans)],
            [ReportCell.Text("Tỷ lệ phản hồi (lượt đánh giá trên trang QR / lượt quét)"), RateCell(now.ResponseRate), RateCell(before.ResponseRate)],
            [ReportCell.Text("Phiếu khảo sát SIPAS đầy đủ"), ReportCell.Count(content.Expectations.Respondents), ReportCell.None],
            [ReportCell.Text("Số trả lời của tiêu chí ít trả lời nhất (n của chỉ số SIPAS)"), ReportCell.Count(now.Sipas.Answers), ReportCell.Count(before.Sipas.Answers)],
        ]);

    private static ReportCell RateCell(ResponseRate rate) =>
        rate.Rate is null ? ReportCell.Text(UnknownRate) : ReportCell.Of(rate.Rate, ReportCell.Percent);

    private static string Rate(ResponseRate rate) => rate.Unknown switch
    {
        ResponseRateUnknown.NoScans => $"{UnknownRate} (không có lượt quét mã)",
        ResponseRateUnknown.MoreRatingsThanScans => $"{UnknownRate} (số lượt đánh giá nhiều hơn số lượt quét mã: có đánh giá qua kênh khác như kiosk)",
        _ => rate.Rate!.Format(ReportNumbers.Percent, $"{ReportNumbers.NotPublished} {ReportNumbers.FewAnswers}"),
    };

    private const string UnknownRate = "không xác định";
}
