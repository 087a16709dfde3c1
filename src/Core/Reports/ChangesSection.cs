using CchcFeedback.Core.Satisfaction.Exports;

namespace CchcFeedback.Core.Reports;

/// <summary>Section VII: the units whose quick-rating index rose or fell against the previous period of the same
/// kind (<see cref="UnitChange"/>).</summary>
public static class ChangesSection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var previous = content.PreviousPeriod;
        var changes = content.Changes;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(
                $"So sánh với {ReportPeriodText.ShortPhrase(previous)} (từ ngày {ReportPeriodText.Day(previous.From)} đến ngày {ReportPeriodText.Day(previous.To)}), " +
                "các đơn vị có từ 10 lượt đánh giá ở cả hai kỳ. Một thay đổi được coi là rõ rệt khi khoảng tin cậy 95% của hai kỳ không giao nhau."),
        };
        if (changes.Count == 0)
        {
            blocks.Add(new ReportParagraph("Không có đơn vị nào đủ số liệu ở cả hai kỳ để so sánh."));
            return new ReportSection("ĐƠN VỊ CẢI THIỆN VÀ ĐƠN VỊ GIẢM", blocks);
        }
        var rose = changes.Where(c => c.IsClear && c.Change > 0).ToList();
        var fell = changes.Where(c => c.IsClear && c.Change < 0).OrderBy(c => c.Change).ToList();
        blocks.Add(new ReportParagraph(rose.Count == 0 && fell.Count == 0
            ? "Không đơn vị nào thay đổi rõ rệt so với kỳ trước."
            : $"Tăng rõ rệt: {Names(rose)}. Giảm rõ rệt: {Names(fell)}."));
        blocks.Add(new ReportTableBlock(new ReportTable(
            "Thay đổi so với kỳ trước",
            "Chỉ số hài lòng của các đơn vị so với kỳ trước (điểm phần trăm)",
            [new("Đơn vị"), new("Cấp"), new("Kỳ trước"), new("Kỳ này"), new("Thay đổi (điểm %)"), new("Nhận định")],
            [.. changes.Select(c => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Text(c.Unit.Name),
                ReportCell.Text(UnitNames.Vietnamese(c.Unit.Kind)),
                ReportCell.Percent(c.Previous.Estimate),
                ReportCell.Percent(c.Current.Estimate),
                new ReportCell(ReportCellKind.Decimal, ReportNumbers.Points(c.ShownChange), Math.Round(c.ShownChange * 100, 1)),
                ReportCell.Text(!c.IsClear ? "chưa rõ rệt" : c.Change > 0 ? "tăng rõ rệt" : "giảm rõ rệt"),
            ])])));
        return new ReportSection("ĐƠN VỊ CẢI THIỆN VÀ ĐƠN VỊ GIẢM", blocks);
    }

    private static string Names(List<UnitChange> changes) =>
        changes.Count == 0 ? "không có" : string.Join(", ", changes.Select(c => $"{c.Unit.Name} ({ReportNumbers.Points(c.ShownChange)})"));
}
