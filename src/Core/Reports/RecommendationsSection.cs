using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>Section VIII: recommendations drafted from the figures, each tied to the number that prompts it and
/// clearly marked as a draft: the office's staff decide what the report proposes.</summary>
public static class RecommendationsSection
{
    /// <summary>Below this response rate the report asks for more answers before reading much into the figures.</summary>
    public const double LowResponseRate = 0.3;

    public const string DraftNote =
        "(Phần đề xuất dưới đây do hệ thống dự thảo tự động từ số liệu; người soạn thảo xem xét, chỉnh sửa, bổ sung trước khi trình ký.)";

    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var proposals = Proposals(content).ToList();
        if (proposals.Count == 0)
        {
            proposals.Add("Chưa có số liệu đủ để đề xuất biện pháp cụ thể; đề nghị các đơn vị tiếp tục hướng dẫn người dân đánh giá sau khi giao dịch.");
        }
        return new ReportSection(
            "ĐỀ XUẤT, KIẾN NGHỊ (DỰ THẢO)",
            [new ReportParagraph(DraftNote, Italic: true), .. proposals.Select(p => new ReportParagraph("- " + p))]);
    }

    private static IEnumerable<string> Proposals(ReportContent content)
    {
        var elements = content.Summary.Sipas.Elements.Where(e => !e.Index.IsSuppressed).OrderBy(e => e.Index.Value).ToList();
        if (elements.Count > 0)
        {
            var weakest = elements[0];
            var criterion = weakest.Criteria.Where(c => !c.Index.IsSuppressed).OrderBy(c => c.Index.Value.Estimate).FirstOrDefault();
            yield return $"Tập trung cải thiện yếu tố «{weakest.Element.NameVi}» (chỉ số {ReportNumbers.Percent(weakest.Index.Value)}, thấp nhất trong các yếu tố)" +
                (criterion is null ? "." : $", trước hết là tiêu chí «{criterion.Criterion.TextVi}» ({ReportNumbers.Percent(criterion.Index.Value.Estimate)}).");
        }
        foreach (var comparison in content.Comparisons)
        {
            var worse = comparison.Units.Where(u => u.WorseThan.Count > 0).Select(u => u.Unit.Name).ToList();
            if (worse.Count > 0)
            {
                yield return $"Đề nghị {string.Join(", ", worse)} rà soát quy trình tiếp nhận, hướng dẫn và thái độ phục vụ: tỷ lệ hài lòng thấp hơn " +
                    "có ý nghĩa thống kê so với đơn vị khác trong kỳ.";
            }
        }
        var fell = content.Changes.Where(c => c.IsClear && c.Change < 0).Select(c => c.Unit.Name).ToList();
        if (fell.Count > 0)
        {
            yield return $"Làm rõ nguyên nhân chỉ số hài lòng giảm rõ rệt so với kỳ trước tại {string.Join(", ", fell)}.";
        }
        if (content.Trend.Line is { } line && line.PValue < ChiSquareTest.SignificanceLevel && line.Slope < 0)
        {
            yield return $"Chỉ số hài lòng giảm dần qua các tháng ({ReportNumbers.Points(line.Slope)} điểm phần trăm mỗi tháng): cần xác định nguyên nhân và có giải pháp kịp thời.";
        }
        var overdue = content.PetitionsByDepartment.Where(d => d.Overdue > 0).OrderByDescending(d => d.Overdue).ToList();
        if (overdue.Count > 0)
        {
            yield return "Đôn đốc giải quyết dứt điểm phản ánh, kiến nghị quá hạn tại " +
                string.Join(", ", overdue.Select(d => $"{d.DepartmentName} ({ReportNumbers.Count(d.Overdue)})")) + ".";
        }
        if (content.Expectations.IsPublishable && content.Expectations.Choices.Count > 0)
        {
            var top = content.Expectations.Choices[0];
            yield return $"Ưu tiên đáp ứng mong muốn «{top.Label}», được {top.Share.Format(ReportNumbers.Percent)} số người trả lời phiếu lựa chọn.";
        }
        if (content.Summary.ResponseRate.Rate is { } rate && rate.TryGetValue(out var value) && value < LowResponseRate)
        {
            yield return $"Tỷ lệ phản hồi mới đạt {ReportNumbers.Percent(value)}: tiếp tục hướng dẫn người dân quét mã QR để đánh giá sau khi giao dịch.";
        }
    }
}
